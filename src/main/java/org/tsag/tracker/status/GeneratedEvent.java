package org.tsag.tracker.status;

import java.time.LocalDate;

/** A generated status event of the synthetic benchmark data, written by {@link StatusJournal#appendGenerated}. */
public record GeneratedEvent(long itemId, String status, Integer progress, String rag, String narrative, Long meetingId,
                             LocalDate occurredOn) {
}
