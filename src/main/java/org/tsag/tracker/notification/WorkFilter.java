package org.tsag.tracker.notification;

/** Which of the followed items "My work" lists. */
public enum WorkFilter { ALL, OVERDUE, AWAITING_REPORT }
