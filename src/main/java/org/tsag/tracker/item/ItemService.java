package org.tsag.tracker.item;

import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action item feature's API: plans, items and their status journal. */
@Service
public class ItemService {

    private final ItemRepository repository;

    ItemService(ItemRepository repository) {
        this.repository = repository;
    }

    @RolesAllowed(Roles.CHAIR)
    @Transactional
    public long createPlan(NewPlan plan) {
        return repository.insertPlan(plan);
    }

    /**
     * Creates an item with its entities and clause links.
     *
     * @throws IllegalArgumentException when the plan, parent, period or an entity is unknown
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long createItem(NewItem item) {
        long planId = repository.findPlanId(item.planCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown action plan: " + item.planCode()));
        Long parentId = item.parentCode() == null ? null : repository.findItemId(planId, item.parentCode())
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown parent item %s in plan %s".formatted(item.parentCode(), item.planCode())));
        long itemId = repository.insertItem(planId, parentId, repository.nextPosition(planId), item);
        insertEntities(itemId, "RESPONSIBLE", item.responsible());
        insertEntities(itemId, "COLLABORATING", item.collaborating());
        insertEntities(itemId, "REPORTS_TO", item.reportsTo());
        repository.insertClauses(itemId, item.clauseIds());
        return itemId;
    }

    private void insertEntities(long itemId, String role, List<String> codes) {
        List<String> distinct = codes.stream().distinct().toList();
        int matched = repository.insertEntities(itemId, role, distinct);
        if (matched != distinct.size()) {
            throw new IllegalArgumentException("Unknown entity among " + distinct);
        }
    }

    /** The id of the item with this code in this plan. */
    @CanRead
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findItemId(String planCode, String code) {
        return repository.findPlanId(planCode).flatMap(planId -> repository.findItemId(planId, code));
    }

    /** Appends a status event with its evidence; the item's current status follows in the same transaction. */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long recordEvent(NewStatusEvent event) {
        Long meetingId = event.meetingCode() == null ? null : repository.findMeetingId(event.meetingCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown meeting: " + event.meetingCode()));
        long eventId = repository.insertEvent(event, meetingId);
        repository.insertEvidence(eventId, event.evidence());
        return eventId;
    }
}
