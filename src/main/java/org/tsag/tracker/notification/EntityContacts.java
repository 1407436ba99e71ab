package org.tsag.tracker.notification;

import java.util.List;

/** An entity and the users who answer for it (they follow the items it is responsible for). */
public record EntityContacts(long entityId, String code, String name, List<Person> contacts) {

    /** A user as the contact pickers show them. */
    public record Person(long id, String email, String displayName) {
    }
}
