package org.tsag.tracker.status;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;

/**
 * The status journal's API: the one writer of status events on items and clauses and of their
 * evidence. Every item report is checked against the workflow (table status_transition) here;
 * the item's current status follows in the same transaction (trigger of V007/V051). Events are
 * never changed once written; a mistake is corrected by a new event.
 */
@Service
public class StatusJournal {

    private static final String GENERATOR = "Synthetic data generator";

    private final StatusJournalRepository repository;

    StatusJournal(StatusJournalRepository repository) {
        this.repository = repository;
    }

    /**
     * Appends a status report, checked against the workflow (status_transition). Leaving a closed
     * status is a reopening: it needs a reason in the narrative, and a chair.
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long report(long itemId, StatusReport report) {
        return append(List.of(Entry.report(itemId, report))).getFirst();
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
            report(itemId, report);
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
        return append(reports.stream().map(r -> Entry.report(r.itemId(), r.report())).toList());
    }

    /**
     * Appends an event of the item's history with the kind, date, progress and author it gives
     * (the demo data's history, earlier reports taken over from elsewhere), checked against the
     * workflow as {@link #report} checks a report; the progress is recorded as given.
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long record(NewStatusEvent event) {
        return append(List.of(new Entry(event.itemId(), event.report(), event.kind(), event.author(), false))).getFirst();
    }

    /**
     * Records that an item moved from one study period into the next: a CARRY_OVER event with the
     * item's unchanged status and progress, by the signed-in user. The caller moves the item.
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long recordCarryOver(long itemId, String fromPeriod, String toPeriod) {
        var state = repository.lockStates(List.of(itemId), ItemScope.ALL).get(itemId);
        if (state == null) {
            throw new IllegalArgumentException("Unknown item " + itemId);
        }
        var row = new StatusJournalRepository.ItemEventRow(itemId, "CARRY_OVER", CurrentStatus.orNotStarted(state.status()),
                state.progress(), null, "Carried over from " + fromPeriod + " to " + toPeriod, null, LocalDate.now(),
                CurrentUser.actor(), null);
        return repository.insertItemEvents(List.of(row)).get(itemId);
    }

    /**
     * Appends a report on the implementation of an operative clause in a study period, with its
     * evidence, written by the signed-in user.
     *
     * @throws IllegalArgumentException when the clause is not a current operative clause or the period is unknown
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long reportClause(NewClauseEvent event) {
        var place = repository.findClausePlace(event.clauseId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown clause: " + event.clauseId()));
        if (!"OPERATIVE".equals(place.kind()) || place.label() == null) {
            throw new IllegalArgumentException("Only operative clauses in force are reported on.");
        }
        long periodId = repository.findStudyPeriodId(event.studyPeriod())
                .orElseThrow(() -> new IllegalArgumentException("Unknown study period: " + event.studyPeriod()));
        if (event.occurredOn() == null) {
            throw new IllegalArgumentException("A report needs a date.");
        }
        long eventId = repository.insertClauseEvent(event, periodId, CurrentUser.actor());
        repository.insertEvidence(Map.of(eventId, event.evidence()));
        return eventId;
    }

    // ---- generated bulk data for benchmarks, in the generator's one transaction

    /** Starts a bulk load: the per-row current-event trigger is off until {@link #finishGenerated}. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void startGenerated() {
        repository.disableCurrentEventTrigger();
    }

    /** Appends generated events (no workflow check: the generator draws plausible histories). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendGenerated(List<GeneratedEvent> events) {
        repository.insertGenerated(events, GENERATOR);
    }

    /** Sets the current event of every item of the plan once, and turns the trigger on again. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void finishGenerated(long planId) {
        repository.setCurrentEvents(planId);
        repository.enableCurrentEventTrigger();
    }

    // ---- the one path of item reports

    /** A report to append; {@code kind} and {@code author} null for a report from the signed-in user. */
    private record Entry(long itemId, StatusReport report, String kind, String author, boolean impliedProgress) {

        static Entry report(long itemId, StatusReport report) {
            return new Entry(itemId, report, null, null, true);
        }
    }

    private List<Long> append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> itemIds = entries.stream().map(Entry::itemId).toList();
        Set<Long> seen = new HashSet<>();
        for (long itemId : itemIds) {
            if (!seen.add(itemId)) {
                throw new IllegalArgumentException("Item " + itemId + " has more than one report");
            }
        }
        var states = repository.lockStates(itemIds, ItemScope.reader());
        var transitions = repository.transitions();
        var meetings = repository.meetingIds(entries.stream()
                .map(e -> e.report().meetingCode())
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        boolean chair = CurrentUser.hasRole(Roles.CHAIR);
        LocalDate today = LocalDate.now();
        String actor = CurrentUser.actor();
        List<StatusJournalRepository.ItemEventRow> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            long itemId = entry.itemId();
            StatusReport report = entry.report();
            var state = states.get(itemId);
            if (state == null) {
                throw new IllegalArgumentException("Unknown item " + itemId);
            }
            String from = CurrentStatus.orNotStarted(state.status());
            var transition = transitions.get(StatusJournalRepository.transitionKey(from, report.status()));
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
            String kind = entry.kind() != null ? entry.kind()
                    : report.correctsEventId() != null ? "CORRECTION" : transition.requiresReason() ? "REOPEN" : "REPORT";
            Integer progress = report.progress() != null || !entry.impliedProgress() ? report.progress()
                    : transition.impliedProgress();
            Long meetingId = null;
            if (report.meetingCode() != null) {
                meetingId = meetings.get(report.meetingCode());
                if (meetingId == null) {
                    throw new IllegalArgumentException("Unknown meeting: " + report.meetingCode());
                }
            }
            LocalDate occurredOn = report.occurredOn() == null ? today : report.occurredOn();
            rows.add(new StatusJournalRepository.ItemEventRow(itemId, kind, report.status(), progress, report.rag(),
                    report.narrative(), meetingId, occurredOn, entry.author() != null ? entry.author() : actor,
                    report.correctsEventId()));
        }
        var eventIds = repository.insertItemEvents(rows);
        Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
        List<Long> written = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            long eventId = eventIds.get(entry.itemId());
            evidence.put(eventId, entry.report().evidence());
            written.add(eventId);
        }
        repository.insertEvidence(evidence);
        return written;
    }
}
