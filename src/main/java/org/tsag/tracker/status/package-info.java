/**
 * The status journal: the append-only history of status reports on action items and on operative
 * clauses, with their evidence. {@link org.tsag.tracker.status.StatusJournal} is the one writer of
 * {@code status_event} and {@code evidence} and checks every item report against the workflow
 * (table {@code status_transition}); database triggers copy an item's latest event onto the item
 * ({@code action_item.current_*}) in the same transaction. {@link org.tsag.tracker.status.StatusQuery}
 * is the one statement, for every query of every feature, of what a reader may see
 * ({@link org.tsag.tracker.status.ItemScope}), of the current status ("no report yet" reads as
 * {@link org.tsag.tracker.status.CurrentStatus#NOT_STARTED}), of the roll-up of children's
 * progress and of an event's evidence.
 */
package org.tsag.tracker.status;
