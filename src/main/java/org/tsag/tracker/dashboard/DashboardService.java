package org.tsag.tracker.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.LiveCache;
import org.tsag.tracker.live.LiveCaches;

/** The dashboard's API. */
@Service
public class DashboardService {

    private static final String TSAG = "TSAG";
    /** How many of TSAG's own items the dashboard lists; the figure links to all of them. */
    static final int FOR_TSAG_SHOWN = 8;

    private final DashboardRepository repository;
    private final ItemService items;
    /** One dashboard per period, visibility and day for every screen of this node, until the next change. */
    private final LiveCache<Key, Dashboard> dashboards;

    private record Key(String period, boolean internal, LocalDate today) {
    }

    /**
     * The items by status at the end of days already past, per visibility, period and days: a new
     * report moves none of them unless it reports on one of those days or before, so after such a
     * change the counts are kept instead of read again (the query over the whole journal is the
     * dashboard's dearest).
     */
    private final LiveCache<PastKey, Map<LocalDate, Map<String, Integer>>> pastCounts;

    private record PastKey(boolean internal, String period, List<LocalDate> days) {

        PastKey {
            days = List.copyOf(days);
        }

        boolean unmovedBy(ChangeSet changes) {
            LocalDate last = days.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
            return changes.onlyReportsFrom().filter(from -> from.isAfter(last)).isPresent();
        }
    }

    /** Read-only transactions for a dashboard that is built, none for one taken from the cache. */
    private final TransactionTemplate readOnly;

    DashboardService(DashboardRepository repository, ItemService items, LiveCaches caches,
                     PlatformTransactionManager transactions) {
        this.repository = repository;
        this.items = items;
        this.dashboards = caches.create(32);
        this.pastCounts = caches.create(32);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @CanRead
    @Transactional(readOnly = true)
    public DashboardSummary summary() {
        boolean internal = CurrentUser.canSeeInternal();
        return new DashboardSummary(
                repository.countItems(internal),
                repository.countResolutions(),
                repository.containsSampleData(),
                repository.countByStatus(internal));
    }

    /** The study period that contains {@code day}, the default of the period selector. */
    @CanRead
    @Transactional(readOnly = true)
    public java.util.Optional<String> periodAt(LocalDate day) {
        return repository.periodAt(day);
    }

    /**
     * The dashboard for one study period, or all when {@code period} is null or unknown. The figures
     * that the item grid can filter are counted by the grid's own query, so a figure and the grid
     * behind its link always agree. While this node listens for changes, every screen shares the
     * dashboard built after the last change it heard of (see {@link LiveCache}).
     */
    @CanRead
    public Dashboard dashboard(String period, LocalDate today) {
        boolean internal = CurrentUser.canSeeInternal();
        return dashboards.get(new Key(period, internal, today),
                () -> readOnly.execute(transaction -> build(period, internal, today)));
    }

    private Dashboard build(String period, boolean internal, LocalDate today) {
        List<String> periods = repository.periods();
        String selected = periods.contains(period) ? period : null;
        ItemFilter all = ItemFilter.NONE.withPeriod(selected);

        var next = repository.nextTsagMeeting(today);
        Integer dueDays = next.map(m -> (int) Math.max(0, ChronoUnit.DAYS.between(today, m.start()) - 1)).orElse(null);
        List<String> openStatuses = repository.openStatuses();
        List<Integer> counts = items.counts(List.of(
                all,
                all.withStatuses(Set.of("COMPLETED")),
                all.withHealth(ItemFilter.ON_TRACK),
                all.withHealth(ItemFilter.AT_RISK),
                all.withOverdue(true),
                dueDays == null ? all : all.withDueWithinDays(dueDays),
                forTsag(all, openStatuses)));
        Dashboard.KeyFigures figures = new Dashboard.KeyFigures(
                counts.get(0),
                counts.get(1),
                counts.get(2),
                counts.get(3),
                counts.get(4),
                dueDays == null ? 0 : counts.get(5),
                next.map(m -> m.code()).orElse(null),
                next.map(m -> m.start()).orElse(null),
                dueDays,
                openStatuses,
                counts.get(6));
        return new Dashboard(
                periods,
                selected,
                figures,
                repository.containsSampleData(),
                repository.countByStatus(internal),
                repository.countByResponsibleEntity(internal, selected),
                repository.countByResolution(internal, selected),
                heatmap(periods),
                progress(internal, selected, today),
                items.find(forTsag(all, openStatuses), 0, FOR_TSAG_SHOWN,
                        List.of(new ItemSort("due", false), new ItemSort("code", false))));
    }

    /** What TSAG itself must act on: open items with TSAG as a responsible entity. */
    private static ItemFilter forTsag(ItemFilter scope, List<String> openStatuses) {
        return scope.withEntity(TSAG).withEntityRole("RESPONSIBLE").withStatuses(Set.copyOf(openStatuses));
    }

    /**
     * The items by status at the end of each TSAG meeting of the period (of every period when
     * {@code period} is null) that has ended, and today while the period runs.
     */
    private List<Dashboard.Milestone> progress(boolean internal, String period, LocalDate today) {
        List<Dashboard.Milestone> meetings = new ArrayList<>(repository.tsagMeetings(period, today));
        boolean running = period == null || period.equals(repository.periodAt(today).orElse(null));
        if (running && meetings.stream().noneMatch(m -> m.day().equals(today))) {
            meetings.add(new Dashboard.Milestone(null, today, Map.of()));
        }
        List<LocalDate> days = meetings.stream().map(Dashboard.Milestone::day).distinct().toList();
        List<LocalDate> past = days.stream().filter(day -> day.isBefore(today)).toList();
        PastKey key = new PastKey(internal, period, past);
        Map<LocalDate, Map<String, Integer>> counts = new HashMap<>(pastCounts.get(key,
                () -> readOnly.execute(transaction -> counts(internal, period, past)),
                (previous, changes) -> key.unmovedBy(changes) ? java.util.Optional.of(previous) : java.util.Optional.empty()));
        counts.putAll(counts(internal, period, days.stream().filter(day -> !day.isBefore(today)).toList()));
        return meetings.stream()
                .map(m -> new Dashboard.Milestone(m.meeting(), m.day(), Map.copyOf(counts.getOrDefault(m.day(), Map.of()))))
                .toList();
    }

    private Map<LocalDate, Map<String, Integer>> counts(boolean internal, String period, List<LocalDate> days) {
        Map<LocalDate, Map<String, Integer>> counts = new HashMap<>();
        for (DashboardRepository.StatusAtDay s : repository.statusAtDays(internal, period, days)) {
            counts.computeIfAbsent(s.day(), d -> new LinkedHashMap<>()).put(s.status(), s.count());
        }
        counts.replaceAll((day, byStatus) -> Map.copyOf(byStatus));
        return Map.copyOf(counts);
    }

    /** The study period codes, oldest first. */
    @CanRead
    @Transactional(readOnly = true)
    public List<String> periods() {
        return repository.periods();
    }

    /** The clause × study period heatmap alone (the report draws it without the rest of the dashboard). */
    @CanRead
    @Transactional(readOnly = true)
    public Dashboard.Heatmap heatmap() {
        return heatmap(repository.periods());
    }

    /** Rows are clauses in force; each cell walks the lineage back until a report for that period is found. */
    private Dashboard.Heatmap heatmap(List<String> periods) {
        List<DashboardRepository.ClauseNode> clauses = repository.operativeClauses();
        Map<Long, DashboardRepository.ClauseNode> byId = new HashMap<>();
        clauses.forEach(c -> byId.put(c.id(), c));
        Map<Long, Map<String, String>> reported = new HashMap<>();
        for (DashboardRepository.ClauseStatus s : repository.latestClauseStatuses()) {
            reported.computeIfAbsent(s.clauseId(), k -> new HashMap<>()).put(s.period(), s.status());
        }
        Map<Long, Map<String, List<String>>> linked = new HashMap<>();
        for (DashboardRepository.LinkedItemStatus item : repository.linkedItemStatuses()) {
            linked.computeIfAbsent(item.clauseId(), k -> new HashMap<>())
                    .computeIfAbsent(item.period(), k -> new ArrayList<>()).add(item.status());
        }
        List<Dashboard.ClauseRow> rows = new ArrayList<>();
        for (DashboardRepository.ClauseNode clause : clauses) {
            if (!clause.inForce()) {
                continue;
            }
            Map<String, String> statuses = new LinkedHashMap<>();
            for (String period : periods) {
                DashboardRepository.ClauseNode node = clause;
                int depth = 0;
                while (node != null && depth++ < 50) {
                    String status = reported.getOrDefault(node.id(), Map.of()).get(period);
                    if (status != null) {
                        statuses.put(period, status);
                        break;
                    }
                    node = node.previousId() == null ? null : byId.get(node.previousId());
                }
            }
            java.util.Set<String> derived = new java.util.HashSet<>();
            for (String period : periods) {
                if (!statuses.containsKey(period)) {
                    org.tsag.tracker.status.DerivedStatus.of(linked.getOrDefault(clause.id(), Map.of())
                            .getOrDefault(period, List.of())).ifPresent(status -> {
                                statuses.put(period, status);
                                derived.add(period);
                            });
                }
            }
            rows.add(new Dashboard.ClauseRow(clause.id(), clause.resolution(), clause.section(), clause.label(),
                    Map.copyOf(statuses), java.util.Set.copyOf(derived)));
        }
        return new Dashboard.Heatmap(periods, List.copyOf(rows));
    }
}
