package org.tsag.tracker.item;

/**
 * An item that cannot be created as given, e.g. without a study period; refused before anything is
 * written, with a message for the user instead of the database's NOT NULL error.
 */
public class ItemRejectedException extends IllegalArgumentException {

    private final String messageKey;
    private final String field;

    public ItemRejectedException(String field, String messageKey, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The translation key of the message to show to the user. */
    public String messageKey() {
        return messageKey;
    }

    /** The field at fault, as named in {@link NewItem}. */
    public String field() {
        return field;
    }
}
