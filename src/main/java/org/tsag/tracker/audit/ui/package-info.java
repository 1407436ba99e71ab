/**
 * The audit journal view for chairs, with its filter in the URL.
 */
package org.tsag.tracker.audit.ui;
