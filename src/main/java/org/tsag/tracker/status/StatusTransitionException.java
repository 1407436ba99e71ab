package org.tsag.tracker.status;

/** A report asked for a status change that the workflow (table status_transition) does not allow. */
public class StatusTransitionException extends RuntimeException {

    private final String messageKey;

    public StatusTransitionException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** The translation key of the message to show to the user. */
    public String messageKey() {
        return messageKey;
    }
}
