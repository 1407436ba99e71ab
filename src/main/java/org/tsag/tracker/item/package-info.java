/**
 * Action plans and their items (what is asked, of whom, by when) and the append-only journal of
 * status reports with their evidence. An item's current status is its latest event.
 */
package org.tsag.tracker.item;
