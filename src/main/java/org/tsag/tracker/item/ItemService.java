package org.tsag.tracker.item;

import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.base.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action item feature's API: plans and items. Status reports are written by {@link StatusJournal}. */
@Service
public class ItemService {

    private final ItemRepository repository;
    private final ItemDetailQuery detail;
    private final PlanRepository planRepository;
    private final SavedViewRepository views;
    private final CarryOverRepository carry;
    private final ItemQuery query;
    private final EventQuery events;
    private final StatusJournal journal;
    private final StudyPeriodQuery periods;

    ItemService(ItemRepository repository, ItemDetailQuery detail, PlanRepository planRepository, SavedViewRepository views,
                CarryOverRepository carry, ItemQuery query, EventQuery events, StatusJournal journal,
                StudyPeriodQuery periods) {
        this.repository = repository;
        this.detail = detail;
        this.planRepository = planRepository;
        this.views = views;
        this.carry = carry;
        this.query = query;
        this.events = events;
        this.journal = journal;
        this.periods = periods;
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
        return events.find(filter, ItemScope.reader(), offset, limit);
    }

    @CanRead
    @Transactional(readOnly = true)
    public int countEvents(EventFilter filter) {
        return events.count(filter, ItemScope.reader());
    }

    @RolesAllowed(Roles.CHAIR)
    @Transactional
    public long createPlan(NewPlan plan) {
        return planRepository.insertPlan(plan);
    }

    /**
     * Creates an item with its entities and clause links.
     *
     * @throws ItemRejectedException when the study period is missing or unknown (with a message for the user)
     * @throws IllegalArgumentException when the plan, parent or an entity is unknown
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long createItem(NewItem item) {
        // every item belongs to a study period (action_item.study_period_id NOT NULL): say so in words
        if (item.studyPeriod() == null || item.studyPeriod().isBlank()) {
            throw new ItemRejectedException("studyPeriod", "item.error.period.required",
                    "No study period for item " + item.code());
        }
        if (!periods.exists(item.studyPeriod())) {
            throw new ItemRejectedException("studyPeriod", "item.error.period.unknown",
                    "Unknown study period: " + item.studyPeriod());
        }
        long planId = planRepository.findPlanId(item.planCode())
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
        return planRepository.findPlanId(planCode).flatMap(planId -> repository.findItemId(planId, code));
    }

    // ---- the grid

    /** One page of the grid. Internal items are left out for readers who may not see them. */
    @CanRead
    @Transactional(readOnly = true)
    public List<ItemRow> find(ItemFilter filter, int offset, int limit, List<ItemSort> sort) {
        return query.find(filter, visibility(), offset, limit, sort);
    }

    /** The same page with titles and owners sorted as a reader of {@code locale} expects (the grid). */
    @CanRead
    @Transactional(readOnly = true)
    public List<ItemRow> find(ItemFilter filter, int offset, int limit, List<ItemSort> sort, java.util.Locale locale) {
        return query.find(filter, visibility(), offset, limit, sort, locale);
    }

    /**
     * One page of the grid as a member sees it, whoever is signed in, unless {@code internal} is
     * asked for and the reader may see internal items. Meeting mode uses it: a projector is public.
     */
    @CanRead
    @Transactional(readOnly = true)
    public List<ItemRow> findShown(ItemFilter filter, boolean internal, int offset, int limit, List<ItemSort> sort) {
        ItemScope scope = internal ? ItemScope.reader() : ItemScope.PUBLIC;
        var shown = new ItemQuery.Visibility(scope, CurrentUser.name().orElse(null), LocalDate.now());
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

    /** The exact number of items the grid shows for this filter (the API's totals, exports, notifications). */
    @CanRead
    @Transactional(readOnly = true)
    public int count(ItemFilter filter) {
        return query.count(filter, visibility());
    }

    /**
     * The grid's count: exact up to {@code limit}, and {@code limit + 1} for any number above it
     * ("more than limit"), found without reading the matches beyond the first {@code limit + 1}.
     */
    @CanRead
    @Transactional(readOnly = true)
    public int countUpTo(ItemFilter filter, int limit) {
        return query.countUpTo(filter, visibility(), limit);
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

    /** The study period running today, or else the last one begun. */
    @CanRead
    @Transactional(readOnly = true)
    public java.util.Optional<String> currentPeriod() {
        return periods.periodOf(LocalDate.now());
    }

    private static ItemQuery.Visibility visibility() {
        return new ItemQuery.Visibility(ItemScope.reader(), CurrentUser.name().orElse(null), LocalDate.now());
    }

    // ---- the item page

    /** The plans that hold a visible item with this code (more than one when plans share a code). */
    @CanRead
    @Transactional(readOnly = true)
    public List<String> plansWithCode(String code) {
        return detail.plansWithCode(code, ItemScope.reader());
    }

    @CanRead
    @Transactional(readOnly = true)
    public Optional<ItemDetail> findItem(String planCode, String code) {
        ItemScope scope = ItemScope.reader();
        return planRepository.findPlanId(planCode)
                .flatMap(planId -> repository.findItemId(planId, code))
                .flatMap(id -> detail.findItem(id, scope));
    }

    /** Changes to the item's fields, newest first (who, when, old value, new value). */
    @CanRead
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(long itemId) {
        if (detail.findItem(itemId, ItemScope.reader()).isEmpty()) {
            return List.of();
        }
        return detail.fieldChanges(itemId, null);
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
            throw new ItemChangedException(detail.fieldChanges(form.getId(), form.getVersion()), current);
        }
        return form.getVersion() + 1;
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
            throw new ItemChangedException(detail.fieldChanges(form.getId(), form.getVersion()), current);
        }
        return forms.size();
    }

    // ---- saved views

    /** The signed-in user's saved views of the grid; none for anonymous visitors. */
    @CanRead
    @Transactional(readOnly = true)
    public List<SavedFilter> savedViews() {
        return CurrentUser.name().map(views::savedViews).orElse(List.of());
    }

    /** Saves (or replaces) a named view for the signed-in user. Every signed-in role may keep its own views. */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional
    public long saveView(String name, String queryString) {
        String owner = CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in"));
        return views.saveView(owner, name.strip(), queryString);
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
        long from = carry.findPeriodId(fromPeriod)
                .orElseThrow(() -> new IllegalArgumentException("Unknown study period: " + fromPeriod));
        long to = carry.findPeriodId(toPeriod)
                .orElseThrow(() -> new IllegalArgumentException("Unknown study period: " + toPeriod));
        if (from == to) {
            throw new IllegalArgumentException("An item is carried into another period");
        }
        String actor = CurrentUser.actor();
        for (long itemId : itemIds) {
            var state = carry.lockForCarryOver(itemId)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown item " + itemId));
            if (state.periodId() != from) {
                throw new IllegalArgumentException("Item " + itemId + " is not in study period " + fromPeriod);
            }
            if (state.closed()) {
                throw new IllegalArgumentException("Item " + itemId + " is closed and is not carried over");
            }
            carry.carryOver(itemId, from, to, actor);
            journal.recordCarryOver(itemId, fromPeriod, toPeriod);
        }
        return itemIds.size();
    }

    /** The study periods the item lived through, oldest first, ending with its current one. */
    @CanRead
    @Transactional(readOnly = true)
    public List<String> periods(long itemId) {
        if (detail.findItem(itemId, ItemScope.reader()).isEmpty()) {
            return List.of();
        }
        return carry.periods(itemId);
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
        if (detail.findItem(itemId, ItemScope.reader()).isEmpty()) {
            return List.of();
        }
        return detail.successors(itemId);
    }

    /** How the grid names a clause it filters by: "Res. 68 (2024), resolves 3". */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<String> clauseName(long clauseId) {
        return detail.clauseName(clauseId);
    }
}
