package org.tsag.tracker.demo;

import org.tsag.tracker.status.GeneratedEvent;
import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a large synthetic action plan (N items, about 20 status events each) for benchmarks.
 * The data is deterministic for a given size, so benchmark runs compare like with like.
 */
@Service
public class SyntheticDataService {

    public static final String PLAN_CODE = "SYN";

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataService.class);
    private static final int ITEM_BATCH = 1_000;
    private static final int EVENT_BATCH = 5_000;
    private static final String PERIOD = "2025-2028";
    private static final LocalDate FIRST_REPORT = LocalDate.of(2025, 1, 15);
    private static final String[] VERBS = {"Organize", "Report on", "Review", "Coordinate", "Evaluate", "Promote",
            "Develop", "Publish", "Consult on", "Monitor"};
    private static final String[] TOPICS = {"industry engagement", "CxO meetings", "standardization gaps",
            "developing country participation", "SME membership", "workshop outcomes", "strategy function",
            "study group coordination", "communiqué conclusions", "quantum-safe security", "AI standards",
            "sustainability", "open source", "digital public infrastructure"};
    private static final String[] STATUSES = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "ONGOING", "COMPLETED",
            "DEFERRED"};

    private final SyntheticRepository repository;
    private final StatusJournal journal;

    SyntheticDataService(SyntheticRepository repository, StatusJournal journal) {
        this.repository = repository;
        this.journal = journal;
    }

    /**
     * Adds a plan with {@code items} synthetic items, unless one was generated before.
     *
     * @return false when a synthetic plan already exists
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean generate(int items, int eventsPerItem) {
        if (repository.planExists(PLAN_CODE)) {
            log.info("A synthetic plan already exists; nothing generated");
            return false;
        }
        Random random = new Random(items * 31L + eventsPerItem);
        long planId = repository.insertPlan(PLAN_CODE, "Synthetic benchmark plan (%d items)".formatted(items));
        long periodId = repository.periodId(PERIOD);
        List<Long> entities = repository.entityIds();
        TreeMap<LocalDate, Long> meetings = new TreeMap<>();
        repository.meetings(periodId).forEach((id, date) -> meetings.put(date, id));

        journal.startGenerated();
        List<GeneratedEvent> events = new ArrayList<>(EVENT_BATCH + eventsPerItem);
        for (int start = 0; start < items; start += ITEM_BATCH) {
            int end = Math.min(items, start + ITEM_BATCH);
            List<SyntheticRepository.ItemRow> rows = new ArrayList<>(end - start);
            for (int n = start + 1; n <= end; n++) {
                rows.add(itemRow(n, random));
            }
            List<Long> ids = repository.insertItems(planId, periodId, rows);
            List<SyntheticRepository.EntityRow> roles = new ArrayList<>();
            for (long id : ids) {
                roles.add(new SyntheticRepository.EntityRow(id, pick(entities, random), "RESPONSIBLE"));
                roles.add(new SyntheticRepository.EntityRow(id, pick(entities, random), "COLLABORATING"));
                roles.add(new SyntheticRepository.EntityRow(id, entities.get(random.nextInt(2)), "REPORTS_TO"));
                addEvents(events, id, eventsPerItem, meetings, random);
                if (events.size() >= EVENT_BATCH) {
                    journal.appendGenerated(events);
                    events.clear();
                }
            }
            repository.insertEntities(roles);
        }
        if (!events.isEmpty()) {
            journal.appendGenerated(events);
        }
        journal.finishGenerated(planId);
        repository.setSearchVectors(planId);
        log.info("Generated {} synthetic items with about {} events each", items, eventsPerItem);
        return true;
    }

    private static SyntheticRepository.ItemRow itemRow(int n, Random random) {
        String title = VERBS[random.nextInt(VERBS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " #" + n;
        LocalDate due = FIRST_REPORT.plusDays(random.nextInt(1_400));
        String priority = switch (random.nextInt(3)) {
            case 0 -> "HIGH";
            case 1 -> "MEDIUM";
            default -> "LOW";
        };
        return new SyntheticRepository.ItemRow("SYN-" + n, n, title,
                "Synthetic item generated for benchmarks about " + TOPICS[random.nextInt(TOPICS.length)] + ".",
                due, priority);
    }

    private static void addEvents(List<GeneratedEvent> events, long itemId, int count,
                                  TreeMap<LocalDate, Long> meetings, Random random) {
        int n = Math.max(1, count - 3 + random.nextInt(7));
        LocalDate date = FIRST_REPORT.plusDays(random.nextInt(60));
        int progress = 0;
        for (int i = 0; i < n; i++) {
            String status = i == 0 ? "NOT_STARTED" : STATUSES[random.nextInt(STATUSES.length)];
            progress = switch (status) {
                case "NOT_STARTED" -> 0;
                case "COMPLETED" -> 100;
                default -> Math.min(95, progress + random.nextInt(10));
            };
            String rag = switch (random.nextInt(4)) {
                case 0 -> "RED";
                case 1 -> "AMBER";
                case 2 -> "GREEN";
                default -> null;
            };
            Map.Entry<LocalDate, Long> meeting = meetings.floorEntry(date);
            events.add(new GeneratedEvent(itemId, status, progress, rag,
                    "Synthetic report " + (i + 1) + " on item progress.",
                    meeting == null ? null : meeting.getValue(), date));
            date = date.plusDays(1 + random.nextInt(35));
        }
    }

    private static long pick(List<Long> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }
}
