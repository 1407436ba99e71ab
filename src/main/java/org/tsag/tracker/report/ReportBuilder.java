package org.tsag.tracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.since.SinceService;

/**
 * Reads the report model in one read-only transaction: two MULTISET queries (items, resolutions),
 * "since the last meeting" from the dashboard's {@link SinceService}, and the clause heatmap from
 * the dashboard. Access is checked by {@link ReportService} before this runs.
 */
@Component
class ReportBuilder {

    static final String TSAG = "TSAG";

    private final ReportQuery query;
    private final SinceService since;
    private final DashboardService dashboard;

    ReportBuilder(ReportQuery query, SinceService since, DashboardService dashboard) {
        this.query = query;
        this.since = since;
        this.dashboard = dashboard;
    }

    @Transactional(readOnly = true)
    Report build(ReportRequest request, boolean includeInternal) {
        LocalDate asOf = request.day();
        List<ReportQuery.ItemRow> rows = query.items(request.plans(), request.resolutions(), request.period(), includeInternal);
        Map<String, Report.Change> changes = new HashMap<>();
        Optional<Since> window = since.since(request.since(), asOf.toString(), request.period(), asOf);
        window.ifPresent(w -> collectChanges(w, changes));

        List<Report.ItemEntry> items = rows.stream().map(r -> entry(r, asOf, changes.get(key(r.plan(), r.code())))).toList();
        Map<Long, ReportQuery.ItemRow> rowById = new HashMap<>();
        rows.forEach(r -> rowById.put(r.id(), r));

        Set<String> numbers = new LinkedHashSet<>(request.resolutions());
        if (numbers.isEmpty()) {
            rows.forEach(r -> r.clauses().forEach(c -> numbers.add(c.resolution())));
        }
        List<ReportQuery.ResolutionRow> resolutionRows = new ArrayList<>(query.resolutions(numbers, request.period()));
        resolutionRows.sort(Comparator.comparing(ReportQuery.ResolutionRow::number, ReportBuilder::compareNumbers));

        Map<String, String> entityNames = new LinkedHashMap<>();
        query.entities().forEach(e -> entityNames.put(e.code(), e.name()));

        Set<Long> placed = new HashSet<>();
        List<Report.ResolutionPart> parts = new ArrayList<>();
        for (ReportQuery.ResolutionRow resolution : resolutionRows) {
            parts.add(part(resolution, items, rowById, entityNames, placed));
        }
        List<Report.ItemEntry> others = items.stream().filter(i -> !placed.contains(i.id())).toList();
        // in the order of Section II: by resolution and clause, then the items linked to none
        Map<Long, Report.ItemEntry> reportOrder = new LinkedHashMap<>();
        parts.forEach(p -> p.clauses().forEach(c -> c.items().forEach(i -> reportOrder.putIfAbsent(i.id(), i))));
        others.forEach(i -> reportOrder.putIfAbsent(i.id(), i));
        List<Report.ItemEntry> tsag = reportOrder.values().stream().filter(i -> i.responsible().contains(TSAG)).toList();

        Set<String> usedEntities = new LinkedHashSet<>();
        items.forEach(i -> {
            usedEntities.addAll(i.responsible());
            usedEntities.addAll(i.collaborating());
            usedEntities.addAll(i.reportsTo());
        });
        List<Report.Entity> entities = entityNames.entrySet().stream()
                .filter(e -> usedEntities.contains(e.getKey()))
                .map(e -> new Report.Entity(e.getKey(), e.getValue()))
                .toList();

        Map<String, Report.Plan> planTitles = new LinkedHashMap<>();
        query.plans().forEach(p -> planTitles.put(p.code(), p));
        List<Report.Plan> plans = request.plans().isEmpty()
                ? items.stream().map(Report.ItemEntry::plan).distinct().map(planTitles::get).toList()
                : request.plans().stream().map(code -> planTitles.getOrDefault(code, new Report.Plan(code, code))).toList();

        String sinceLabel = window.map(Since::from).orElse(null);
        Optional<Report.Meeting> sinceMeeting = sinceLabel == null ? Optional.empty() : query.meeting(sinceLabel);
        Report.Cover cover = new Report.Cover(
                request.period(),
                asOf,
                plans,
                query.nextTsagMeeting(asOf).orElse(null),
                sinceMeeting.map(Report.Meeting::code).orElse(sinceLabel),
                sinceMeeting.map(Report.Meeting::title).orElse(null),
                window.map(Since::fromDate).orElse(null),
                includeInternal,
                items.size(),
                count(items, c -> c.added()),
                count(items, c -> c.closed()),
                count(items, Report.Change::statusChanged),
                count(items, c -> c.becameOverdue()),
                (int) items.stream().filter(Report.ItemEntry::overdue).count());
        return new Report(cover, query.statuses(), entities, List.copyOf(parts), others, tsag,
                heatmap(parts));
    }

    private static int count(List<Report.ItemEntry> items, Function<Report.Change, Boolean> test) {
        return (int) items.stream().filter(i -> i.change() != null && test.apply(i.change())).count();
    }

    private static String key(String plan, String code) {
        return plan + "\u0000" + code;
    }

    /** The lists of "since" carry the same before and after values; an item is in as many lists as apply. */
    private static void collectChanges(Since window, Map<String, Report.Change> changes) {
        Set<String> added = keys(window.added());
        Set<String> closed = keys(window.closed());
        Set<String> overdue = keys(window.becameOverdue());
        List<Since.Change> all = new ArrayList<>();
        all.addAll(window.added());
        all.addAll(window.closed());
        all.addAll(window.statusChanged());
        all.addAll(window.progressChanged());
        all.addAll(window.becameOverdue());
        for (Since.Change c : all) {
            String key = key(c.plan(), c.code());
            changes.computeIfAbsent(key, k -> new Report.Change(added.contains(k), closed.contains(k),
                    c.statusBefore(), c.statusAfter(), c.progressBefore(), c.progressAfter(), overdue.contains(k)));
        }
    }

    private static Set<String> keys(List<Since.Change> changes) {
        Set<String> keys = new HashSet<>();
        changes.forEach(c -> keys.add(key(c.plan(), c.code())));
        return keys;
    }

    private static Report.ItemEntry entry(ReportQuery.ItemRow r, LocalDate asOf, Report.Change change) {
        boolean overdue = !r.closed() && r.deadline() != null && r.deadline().isBefore(asOf);
        return new Report.ItemEntry(r.id(), r.plan(), r.code(), r.parentCode(), r.title(), r.description(),
                r.responsible(), r.collaborating(), r.reportsTo(), r.status(), r.closed(), r.progress(), r.rag(),
                r.deadline(), overdue, r.internal(), r.sample(), r.latest().isEmpty() ? null : r.latest().getFirst(), change);
    }

    /**
     * A resolution's part: its operative clauses in order, each with the items that implement it.
     * An item that implements several clauses is described under the first and named under the
     * others; clauses of another revision that items still link to follow those of the revision.
     */
    private static Report.ResolutionPart part(ReportQuery.ResolutionRow resolution, List<Report.ItemEntry> items,
                                              Map<Long, ReportQuery.ItemRow> rows, Map<String, String> entityNames,
                                              Set<Long> placed) {
        record Slot(long id, String section, String label, String text, Integer year, boolean inForce,
                    String status, Integer progress, List<Report.ItemEntry> items, List<String> seeAlso) {
        }
        Map<Long, Slot> slots = new LinkedHashMap<>();
        for (ReportQuery.ClauseRow c : resolution.clauses()) {
            ReportQuery.ClauseState state = c.state().isEmpty() ? null : c.state().getFirst();
            slots.put(c.id(), new Slot(c.id(), c.section(), c.label(), c.text(), resolution.year(), true,
                    state == null ? null : state.status(), state == null ? null : state.progress(),
                    new ArrayList<>(), new ArrayList<>()));
        }
        Set<Long> described = new HashSet<>();
        Set<String> cooperating = new LinkedHashSet<>();
        Set<String> reportsTo = new LinkedHashSet<>();
        List<Slot> extra = new ArrayList<>();
        for (Report.ItemEntry item : items) {
            List<ReportQuery.LinkedClause> linked = rows.get(item.id()).clauses().stream()
                    .filter(c -> c.resolution().equals(resolution.number()))
                    .toList();
            for (ReportQuery.LinkedClause c : linked) {
                Slot slot = slots.get(c.id());
                if (slot == null) {
                    slot = new Slot(c.id(), c.section(), c.label(), c.text(), c.year(), c.inForce(), null, null,
                            new ArrayList<>(), new ArrayList<>());
                    slots.put(c.id(), slot);
                    extra.add(slot);
                }
                if (described.add(item.id())) {
                    slot.items().add(item);
                } else {
                    slot.seeAlso().add(item.code());
                }
            }
            if (!linked.isEmpty()) {
                placed.add(item.id());
                cooperating.addAll(item.collaborating());
                reportsTo.addAll(item.reportsTo());
            }
        }
        // in the reference order of entities, as in the list of abbreviations
        List<String> cooperatingNames = entityNames.entrySet().stream()
                .filter(e -> cooperating.contains(e.getKey())).map(Map.Entry::getValue).toList();
        List<String> reportsToNames = entityNames.entrySet().stream()
                .filter(e -> reportsTo.contains(e.getKey())).map(Map.Entry::getValue).toList();
        List<Report.ClausePart> clauses = new ArrayList<>();
        slots.values().stream()
                .sorted(Comparator.comparing(s -> extra.contains(s)))
                .forEach(s -> clauses.add(new Report.ClausePart(s.id(), s.section(), s.label(), s.text(), s.year(),
                        s.inForce(), s.status(), s.progress(), List.copyOf(s.items()), List.copyOf(s.seeAlso()))));
        return new Report.ResolutionPart(resolution.number(), resolution.title(), resolution.place(), resolution.year(),
                resolution.addressees(), cooperatingNames, reportsToNames, List.copyOf(clauses));
    }

    /** The dashboard's heatmap, kept to the reported resolutions. */
    private Report.ClauseHeatmap heatmap(List<Report.ResolutionPart> parts) {
        Set<String> numbers = new HashSet<>();
        parts.forEach(p -> numbers.add(p.number()));
        Dashboard.Heatmap heatmap = dashboard.heatmap();
        List<Report.HeatmapRow> rows = heatmap.rows().stream()
                .filter(r -> numbers.contains(r.resolution()))
                .map(r -> new Report.HeatmapRow(r.resolution(), r.section(), r.label(), r.statusByPeriod()))
                .toList();
        return new Report.ClauseHeatmap(heatmap.periods(), rows);
    }

    /** Resolution numbers in numeric order where they are numbers ("2" before "10"). */
    static int compareNumbers(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Integer.compare(a.length(), b.length()) != 0 ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }
}
