/**
 * The Vaadin side of live updates: a view subscribes while it is attached, and each coalesced change
 * reaches it inside {@code UI.access} with its session's user, to be pushed to the browser.
 */
package org.tsag.tracker.live.ui;
