package org.tsag.tracker.item.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.base.ui.FollowControl;
import org.tsag.tracker.item.ItemFilter;

/**
 * Under the item grid's filters: when the grid shows one plan, one resolution or one entity, the
 * toggle to follow it (a plan and its items, the items on a resolution's clauses, or everything an
 * entity is responsible for, e.g. "everything TSB is responsible for").
 */
class GridFollowBar extends Div {

    private final ObjectProvider<FollowControl> follow;

    GridFollowBar(ObjectProvider<FollowControl> follow) {
        this.follow = follow;
        setId("grid-follow");
        addClassName("grid-follow");
    }

    void show(ItemFilter filter) {
        removeAll();
        follow.ifAvailable(control -> {
            if (filter.plan() != null) {
                control.plan(filter.plan()).ifPresent(this::add);
            }
            if (filter.resolution() != null) {
                control.resolution(filter.resolution()).ifPresent(this::add);
            }
            // only "responsible for" is what an entity's followers hear of
            if (filter.entity() != null && (filter.entityRole() == null || "RESPONSIBLE".equals(filter.entityRole()))) {
                control.entity(filter.entity()).ifPresent(this::add);
            }
        });
        setVisible(getComponentCount() > 0);
    }
}
