package org.tsag.tracker.item;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.NewStatusEvent;
import java.time.LocalDate;
import java.util.List;

import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.resolution.ResolutionService;

/**
 * Demo data plus five items made for the grid tests. A, B and C are ordered A < B < C in every
 * column, but their original order (plan SX, SY, SZ) is C, B, A, so a sort that is ignored shows.
 * D is internal, owned by tsb@example.org, overdue and only findable through an event narrative.
 * E is due in five days. All five carry the word "sortfixture"; A to C also "zebra".
 */
public final class ItemFixtures {

    public static final String OWNER = "tsb@example.org";

    private ItemFixtures() {
    }

    public static void load(DemoDataService demo, ItemService items, StatusJournal journal, ResolutionService resolutions) {
        SystemAuthentication.run(() -> {
            demo.loadIfEmpty();
            if (items.findItemId("SX", "S-C").isPresent()) {
                return;
            }
            LocalDate today = LocalDate.now();
            for (String plan : List.of("SX", "SY", "SZ", "SW")) {
                items.createPlan(new NewPlan(plan, "Sort plan " + plan, null, "TSB", null, "AVERAGE", true));
            }
            long a = item(items, "SZ", "S-A", "Alpha task", clause(resolutions, "1"), "ACAD", "ASSOC", "COUNCIL",
                    "Anna", LocalDate.of(2030, 1, 1), "2017-2020", false);
            long b = item(items, "SY", "S-B", "Bravo task", clause(resolutions, "2"), "BDT", "BR", "TSAG",
                    "Boris", LocalDate.of(2030, 2, 1), "2022-2024", false);
            long c = item(items, "SX", "S-C", "Charlie task", clause(resolutions, "3"), "TSB", "CXO", "WTSA",
                    "Chen", LocalDate.of(2030, 3, 1), "2025-2028", false);
            items.createItem(new NewItem("SW", "S-D", null, "Delta task", "sortfixture", List.of("TSB"), List.of(),
                    List.of("TSAG"), List.of(), OWNER, null, today.minusDays(5), null, "LOW", "2025-2028", 1, true, true));
            items.createItem(new NewItem("SW", "S-E", null, "Echo task", "sortfixture", List.of("TSB"), List.of(),
                    List.of("TSAG"), List.of(), "Eve", null, today.plusDays(5), null, "LOW", "2025-2028", 1, false, true));
            long d = items.findItemId("SW", "S-D").orElseThrow();
            report(journal, a, "NOT_STARTED", null, LocalDate.of(2026, 1, 1), "Planned");
            report(journal, b, "IN_PROGRESS", 50, LocalDate.of(2026, 2, 1), "Half way");
            report(journal, c, "COMPLETED", null, LocalDate.of(2026, 3, 1), "Done");
            report(journal, d, "IN_PROGRESS", 10, LocalDate.of(2026, 3, 1), "A kangaroo was consulted");
        });
    }

    private static long clause(ResolutionService resolutions, String label) {
        return resolutions.findOperativeClauseId("68", 2024, 1, label).orElseThrow();
    }

    private static long item(ItemService items, String plan, String code, String title, long clauseId,
            String responsible, String collaborating, String reportsTo, String owner, LocalDate due, String period,
            boolean internal) {
        return items.createItem(new NewItem(plan, code, null, title, "sortfixture zebra", List.of(responsible),
                List.of(collaborating), List.of(reportsTo), List.of(clauseId), owner, null, due, null, "MEDIUM",
                period, 1, internal, true));
    }

    private static void report(StatusJournal journal, long itemId, String status, Integer progress, LocalDate on,
            String narrative) {
        journal.record(new NewStatusEvent(itemId, "REPORT", status, progress, null, narrative, null, on, "TSB",
                List.of()));
    }
}
