package org.tsag.tracker.item;

import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.base.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action item feature's API: plans, items and their status journal. */
@Service
public class ItemService {

    private final ItemRepository repository;
    private final ItemQuery query;
    private final EventQuery events;

    ItemService(ItemRepository repository, ItemQuery query, EventQuery events) {
        this.repository = repository;
        this.query = query;
        this.events = events;
    }

    /** Every action plan, by code. */
    @CanRead
    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return events.plans();
    }

    /**
     * One page of status events of action items, newest first, each with the status it moved from.
     * Events of internal items are left out for readers who may not see them.
     */
    @CanRead
    @Transactional(readOnly = true)
    public List<StatusEventRow> events(EventFilter filter, int offset, int limit) {
        return events.find(filter, CurrentUser.canSeeInternal(), offset, limit);
    }

    @CanRead
    @Transactional(readOnly = true)
    public int countEvents(EventFilter filter) {
        return events.count(filter, CurrentUser.canSeeInternal());
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

    // ---- the grid

    /** One page of the grid. Internal items are left out for readers who may not see them. */
    @CanRead
    @Transactional(readOnly = true)
    public List<ItemRow> find(ItemFilter filter, int offset, int limit, List<ItemSort> sort) {
        return query.find(filter, visibility(), offset, limit, sort);
    }

    /**
     * One page of the grid as a member sees it, whoever is signed in, unless {@code internal} is
     * asked for and the reader may see internal items. Meeting mode uses it: a projector is public.
     */
    @CanRead
    @Transactional(readOnly = true)
    public List<ItemRow> findShown(ItemFilter filter, boolean internal, int offset, int limit, List<ItemSort> sort) {
        var shown = new ItemQuery.Visibility(internal && CurrentUser.canSeeInternal(), CurrentUser.name().orElse(null), LocalDate.now());
        return query.find(filter, shown, offset, limit, sort);
    }

    /** The ids of all the items {@link #find} would page through, in the same order (for exports). */
    @CanRead
    @Transactional(readOnly = true)
    public List<Long> findIds(ItemFilter filter, List<ItemSort> sort) {
        return query.findIds(filter, visibility(), sort);
    }

    /**
     * The grid rows of those of {@code ids} that pass {@code filter} now, in no particular order
     * (live updates: which changed items are still in the grid, and how they look now).
     */
    @CanRead
    @Transactional(readOnly = true)
    public List<ItemRow> findAmong(ItemFilter filter, java.util.Collection<Long> ids) {
        return query.findAmong(filter, visibility(), ids);
    }

    @CanRead
    @Transactional(readOnly = true)
    public int count(ItemFilter filter) {
        return query.count(filter, visibility());
    }

    /**
     * What {@link #count(ItemFilter)} gives for each filter, in the same order, counted in one pass
     * over the items (the dashboard's key figures). Each count uses exactly the grid's condition.
     */
    @CanRead
    @Transactional(readOnly = true)
    public List<Integer> counts(List<ItemFilter> filters) {
        return query.counts(filters, visibility());
    }

    @CanRead
    @Transactional(readOnly = true)
    public ItemOptions options() {
        return repository.options();
    }

    private static ItemQuery.Visibility visibility() {
        return new ItemQuery.Visibility(CurrentUser.canSeeInternal(), CurrentUser.name().orElse(null), LocalDate.now());
    }

    // ---- the item page

    /** The plans that hold a visible item with this code (more than one when plans share a code). */
    @CanRead
    @Transactional(readOnly = true)
    public List<String> plansWithCode(String code) {
        return repository.plansWithCode(code, CurrentUser.canSeeInternal());
    }

    @CanRead
    @Transactional(readOnly = true)
    public Optional<ItemDetail> findItem(String planCode, String code) {
        boolean internal = CurrentUser.canSeeInternal();
        return repository.findPlanId(planCode)
                .flatMap(planId -> repository.findItemId(planId, code))
                .flatMap(id -> repository.findItem(id, internal));
    }

    /** Changes to the item's fields, newest first (who, when, old value, new value). */
    @CanRead
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(long itemId) {
        if (repository.findItem(itemId, CurrentUser.canSeeInternal()).isEmpty()) {
            return List.of();
        }
        return repository.fieldChanges(itemId, null);
    }

    /**
     * Saves the item's fields if nobody saved since the form's version.
     *
     * @return the new version
     * @throws ItemChangedException with the other saves' changes; nothing is written
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public int update(ItemForm form) {
        if (form.getDueDate() != null && form.getStartDate() != null && form.getDueDate().isBefore(form.getStartDate())) {
            throw new IllegalArgumentException("The due date is before the start date");
        }
        if (!repository.updateItem(form)) {
            int current = repository.version(form.getId())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown item " + form.getId()));
            throw new ItemChangedException(repository.fieldChanges(form.getId(), form.getVersion()), current);
        }
        return form.getVersion() + 1;
    }

    // ---- status reports

    /**
     * Appends a status report, checked against the workflow (status_transition). Leaving a closed
     * status is a reopening: it needs a reason in the narrative, and a chair.
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long report(long itemId, StatusReport report) {
        return appendReport(itemId, report);
    }

    /**
     * The same report for many items (e.g. those reviewed at one meeting): one event per item, all
     * in one transaction. If one item refuses the report, nothing is written.
     *
     * @return the number of events written
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public int bulkReport(List<Long> itemIds, StatusReport report) {
        for (long itemId : itemIds) {
            appendReport(itemId, report);
        }
        return itemIds.size();
    }

    /**
     * Status reports for many items at once (an imported sheet), one per item: each is checked
     * against the workflow exactly as {@link #report} checks it, with the workflow, the items'
     * current statuses and the meetings read once, before anything is written. The events are then
     * appended in a few multi-row inserts, by the signed-in user. If one report is refused, nothing
     * is written.
     *
     * @return the new events' ids, in the order of the reports
     * @throws StatusTransitionException when the workflow refuses a report
     * @throws IllegalArgumentException when an item is unknown (or not visible), appears twice, or a
     *         meeting or corrected event is unknown
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public List<Long> reportAll(List<ItemReport> reports) {
        return appendReports(reports);
    }

    /**
     * Saves many items' fields, each only if nobody saved it since its form's version, in one batch.
     * If one item was saved by someone else, nothing is written.
     *
     * @throws ItemChangedException for the first item saved by someone else, with their changes
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public int updateAll(List<ItemForm> forms) {
        for (ItemForm form : forms) {
            if (form.getDueDate() != null && form.getStartDate() != null && form.getDueDate().isBefore(form.getStartDate())) {
                throw new IllegalArgumentException("The due date is before the start date");
            }
        }
        int stale = repository.updateItems(forms);
        if (stale >= 0) {
            ItemForm form = forms.get(stale);
            int current = repository.version(form.getId())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown item " + form.getId()));
            throw new ItemChangedException(repository.fieldChanges(form.getId(), form.getVersion()), current);
        }
        return forms.size();
    }

    private long appendReport(long itemId, StatusReport report) {
        return appendReports(List.of(new ItemReport(itemId, report))).getFirst();
    }

    private List<Long> appendReports(List<ItemReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Long> itemIds = reports.stream().map(ItemReport::itemId).toList();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long itemId : itemIds) {
            if (!seen.add(itemId)) {
                throw new IllegalArgumentException("Item " + itemId + " has more than one report");
            }
        }
        var states = repository.lockStates(itemIds, CurrentUser.canSeeInternal());
        var transitions = repository.transitions();
        var meetings = repository.meetingIds(reports.stream()
                .map(r -> r.report().meetingCode())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        boolean chair = CurrentUser.hasRole(Roles.CHAIR);
        LocalDate today = LocalDate.now();
        List<ItemRepository.ReportRow> rows = new java.util.ArrayList<>(reports.size());
        for (ItemReport itemReport : reports) {
            long itemId = itemReport.itemId();
            StatusReport report = itemReport.report();
            var state = states.get(itemId);
            if (state == null) {
                throw new IllegalArgumentException("Unknown item " + itemId);
            }
            String from = state.status() == null ? "NOT_STARTED" : state.status();
            var transition = transitions.get(ItemRepository.transitionKey(from, report.status()));
            if (transition == null) {
                throw new StatusTransitionException("item.report.error.transition", from + " -> " + report.status());
            }
            boolean hasReason = report.narrative() != null && !report.narrative().isBlank();
            if (transition.requiresReason() && !hasReason) {
                throw new StatusTransitionException("item.report.error.reason", from + " -> " + report.status());
            }
            if (transition.chairOnly() && !chair) {
                throw new StatusTransitionException("item.report.error.chair", from + " -> " + report.status());
            }
            if (report.correctsEventId() != null && !repository.eventBelongsTo(report.correctsEventId(), itemId)) {
                throw new IllegalArgumentException("Event " + report.correctsEventId() + " is not an event of item " + itemId);
            }
            String kind = report.correctsEventId() != null ? "CORRECTION" : transition.requiresReason() ? "REOPEN" : "REPORT";
            Integer progress = report.progress() != null ? report.progress() : transition.impliedProgress();
            Long meetingId = null;
            if (report.meetingCode() != null) {
                meetingId = meetings.get(report.meetingCode());
                if (meetingId == null) {
                    throw new IllegalArgumentException("Unknown meeting: " + report.meetingCode());
                }
            }
            LocalDate occurredOn = report.occurredOn() == null ? today : report.occurredOn();
            rows.add(new ItemRepository.ReportRow(itemId, kind, new StatusReport(report.status(), progress, report.rag(),
                    report.narrative(), report.meetingCode(), occurredOn, report.evidence(), report.correctsEventId()),
                    progress, meetingId));
        }
        var eventIds = repository.insertReports(rows, CurrentUser.actor());
        List<Long> written = new java.util.ArrayList<>(reports.size());
        for (ItemReport itemReport : reports) {
            long eventId = eventIds.get(itemReport.itemId());
            repository.insertEvidence(eventId, itemReport.report().evidence());
            written.add(eventId);
        }
        return written;
    }

    // ---- saved views

    /** The signed-in user's saved views of the grid; none for anonymous visitors. */
    @CanRead
    @Transactional(readOnly = true)
    public List<SavedFilter> savedViews() {
        return CurrentUser.name().map(repository::savedViews).orElse(List.of());
    }

    /** Saves (or replaces) a named view for the signed-in user. Every signed-in role may keep its own views. */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional
    public long saveView(String name, String queryString) {
        String owner = CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in"));
        return repository.saveView(owner, name.strip(), queryString);
    }

    // ---- carry-over

    /**
     * Carries open items from one study period into the next: the item moves to the new period,
     * the old one is kept in its list of periods, and a CARRY_OVER event with the unchanged status
     * is recorded. All or nothing: a closed item, or one not in {@code fromPeriod}, refuses the lot.
     *
     * @return the number of items carried over
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public int carryOver(String fromPeriod, String toPeriod, List<Long> itemIds) {
        long from = repository.findPeriodId(fromPeriod)
                .orElseThrow(() -> new IllegalArgumentException("Unknown study period: " + fromPeriod));
        long to = repository.findPeriodId(toPeriod)
                .orElseThrow(() -> new IllegalArgumentException("Unknown study period: " + toPeriod));
        if (from == to) {
            throw new IllegalArgumentException("An item is carried into another period");
        }
        String actor = CurrentUser.actor();
        for (long itemId : itemIds) {
            var state = repository.lockForCarryOver(itemId)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown item " + itemId));
            if (state.periodId() != from) {
                throw new IllegalArgumentException("Item " + itemId + " is not in study period " + fromPeriod);
            }
            if (state.closed()) {
                throw new IllegalArgumentException("Item " + itemId + " is closed and is not carried over");
            }
            repository.carryOver(itemId, from, to, actor);
            String status = state.status() == null ? "NOT_STARTED" : state.status();
            repository.insertReport(itemId, "CARRY_OVER", new StatusReport(status, null, null,
                    "Carried over from " + fromPeriod + " to " + toPeriod, null, LocalDate.now(), List.of(), null),
                    state.progress(), null, actor);
        }
        return itemIds.size();
    }

    /** The study periods the item lived through, oldest first, ending with its current one. */
    @CanRead
    @Transactional(readOnly = true)
    public List<String> periods(long itemId) {
        if (repository.findItem(itemId, CurrentUser.canSeeInternal()).isEmpty()) {
            return List.of();
        }
        return repository.periods(itemId);
    }

    // ---- the compendium

    /** The per-resolution summary, or empty for an unknown resolution. */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<Compendium> compendium(String resolution) {
        ItemQuery.Visibility visibility = visibility();
        ItemFilter filter = ItemFilter.NONE.withResolution(resolution);
        return query.resolutionTitle(resolution).map(title -> new Compendium(
                resolution,
                title,
                query.addressees(resolution),
                query.entityRoles(filter, visibility),
                query.statusCounts(filter, visibility),
                query.find(filter, visibility, 0, 10_000, List.of())));
    }

    // ---- superseded marking

    /**
     * The item's clauses that a newer revision of their resolution continues or deletes. Non-empty
     * means the item is superseded as far as its text goes; the item page says so and TSB decides
     * whether to report the status SUPERSEDED or to relink the item.
     */
    @CanRead
    @Transactional(readOnly = true)
    public List<ClauseSuccessor> successors(long itemId) {
        if (repository.findItem(itemId, CurrentUser.canSeeInternal()).isEmpty()) {
            return List.of();
        }
        return repository.successors(itemId);
    }

    /** How the grid names a clause it filters by: "Res. 68 (2024), resolves 3". */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<String> clauseName(long clauseId) {
        return repository.clauseName(clauseId);
    }
}
