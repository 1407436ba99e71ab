package org.tsag.tracker.notification;

/**
 * A user's choices: how often the digest comes, and (for chairs and TSB) the reminder before a TSAG meeting.
 *
 * @param version for optimistic locking: a save over a newer version is refused
 */
public record NotificationSettings(Frequency frequency, boolean meetingReminder, int version) {
}
