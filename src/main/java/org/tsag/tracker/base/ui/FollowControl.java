package org.tsag.tracker.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * The "Follow" toggle that the notification feature puts on the pages of what one can follow: an
 * item, a plan, a resolution and an entity. A Spring bean, so that the item and resolution pages
 * need to know no feature; each method gives a new component for this UI, or empty when it does not
 * apply (anonymous visitors, a signed-in name without a user, something the reader may not see).
 */
public interface FollowControl {

    Optional<Component> item(long itemId);

    /** A plan by its code, e.g. {@code IE}. */
    Optional<Component> plan(String code);

    /** A resolution by its number, e.g. {@code 68}. */
    Optional<Component> resolution(String number);

    /** An entity by its code, e.g. {@code TSB}: the items it is responsible for. */
    Optional<Component> entity(String code);
}
