package org.tsag.tracker.since;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.live.LiveCache;
import org.tsag.tracker.live.LiveCaches;

/** "Since the last meeting": what moved between two meetings or days, from the event history. */
@Service
public class SinceService {

    private final SinceQuery query;

    /**
     * One answer per window, visibility and day for every screen of this node, until the next
     * change; after a change that only reported on items, brought up to date by reading those items alone.
     */
    private final LiveCache<Key, Answer> answers;

    /** What moved, and every item's states it was worked out from (null when there is no window). */
    private record Answer(Optional<Since> since, List<SinceQuery.ItemStates> states) {
    }

    private record Key(String from, String to, String period, LocalDate today, boolean internal) {
    }

    /** The meetings of the picker: the same for everybody. */
    private final LiveCache<Boolean, List<Since.MeetingOption>> meetingOptions;
    /** Read-only transactions for an answer that is computed, none for one taken from the cache. */
    private final TransactionTemplate readOnly;

    SinceService(SinceQuery query, LiveCaches caches, PlatformTransactionManager transactions) {
        this.query = query;
        this.answers = caches.create(16);
        this.meetingOptions = caches.create(1);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * {@code from} and {@code to} are meeting codes (the state at the end of the meeting's last day)
     * or ISO dates; unknown or missing values fall back to the last TSAG meeting before today and to
     * today. Empty when there is no meeting to start from.
     */
    @CanRead
    public Optional<Since> since(String from, String to, String period, LocalDate today) {
        boolean internal = CurrentUser.canSeeInternal();
        return answers.get(new Key(from, to, period, today, internal),
                () -> readOnly.execute(transaction -> answer(from, to, period, today, internal)),
                (previous, changes) -> changes.onlyReportsOn()
                        .flatMap(items -> readOnly.execute(transaction -> updated(previous, items, period, internal))))
                .since();
    }

    /**
     * The answer after new reports on {@code items} alone: their states read again, every other
     * item's kept (its journal did not change, nor did the set of items or their fields). Empty when
     * there is no window to update.
     */
    private Optional<Answer> updated(Answer previous, java.util.Set<Long> items, String period, boolean internal) {
        if (previous.since().isEmpty()) {
            return Optional.empty();
        }
        Since was = previous.since().get();
        java.util.Map<Long, SinceQuery.ItemStates> fresh = new java.util.HashMap<>();
        if (!items.isEmpty()) {
            query.states(was.fromDate(), was.toDate(), internal, period, items).forEach(s -> fresh.put(s.id(), s));
        }
        List<SinceQuery.ItemStates> states = previous.states().stream().map(s -> fresh.getOrDefault(s.id(), s)).toList();
        return Optional.of(new Answer(Optional.of(compute(was.from(), was.fromDate(), was.to(), was.toDate(), states)), states));
    }

    private Answer answer(String from, String to, String period, LocalDate today, boolean internal) {
        String fromLabel = from;
        Optional<LocalDate> fromDate = day(from);
        if (fromDate.isEmpty()) {
            Optional<String> last = query.lastTsagMeeting(today);
            if (last.isEmpty()) {
                return new Answer(Optional.empty(), List.of());
            }
            fromLabel = last.get();
            fromDate = query.meetingEnd(fromLabel);
        }
        String toLabel = to;
        LocalDate toDate = day(to).orElse(null);
        if (toDate == null) {
            toLabel = today.toString();
            toDate = today;
        }
        List<SinceQuery.ItemStates> states = List.copyOf(query.states(fromDate.orElseThrow(), toDate, internal, period));
        return new Answer(Optional.of(compute(fromLabel, fromDate.orElseThrow(), toLabel, toDate, states)), states);
    }

    /** The meetings that can bound the window, latest first. */
    @CanRead
    public List<Since.MeetingOption> meetings() {
        return meetingOptions.get(Boolean.TRUE, () -> readOnly.execute(transaction -> List.copyOf(query.meetings())));
    }

    private Optional<LocalDate> day(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return query.meetingEnd(value.trim());
        }
    }

    private static Since compute(String fromLabel, LocalDate from, String toLabel, LocalDate to,
                                 List<SinceQuery.ItemStates> states) {
        List<Since.Change> added = new ArrayList<>();
        List<Since.Change> closed = new ArrayList<>();
        List<Since.Change> statusChanged = new ArrayList<>();
        List<Since.Change> progressChanged = new ArrayList<>();
        List<Since.Change> becameOverdue = new ArrayList<>();
        for (SinceQuery.ItemStates s : states) {
            Since.Change change = new Since.Change(s.plan(), s.code(), s.title(), s.statusBefore(), s.statusAfter(),
                    s.progressBefore(), s.progressAfter(), s.deadline());
            // an item exists from its first report or from the day it was entered, whichever comes first,
            // so an item entered late with a back-dated history is not "added"
            boolean existedBefore = s.statusBefore() != null || s.createdBefore();
            boolean existsAtEnd = s.statusAfter() != null || s.createdByEnd();
            boolean closedBefore = Boolean.TRUE.equals(s.closedBefore());
            boolean closedAfter = Boolean.TRUE.equals(s.closedAfter());
            if (!existedBefore && existsAtEnd) {
                added.add(change);
            }
            if (closedAfter && !closedBefore) {
                closed.add(change);
            }
            // only the end states count: A -> B -> A is no change
            if (s.statusAfter() != null && !Objects.equals(s.statusBefore(), s.statusAfter())) {
                statusChanged.add(change);
            }
            if (s.progressAfter() != null && !Objects.equals(s.progressBefore(), s.progressAfter())) {
                progressChanged.add(change);
            }
            // overdue means past the deadline and still open: not yet at the start, but at the end
            if (s.deadline() != null && !closedAfter && !s.deadline().isBefore(from) && s.deadline().isBefore(to)) {
                becameOverdue.add(change);
            }
        }
        return new Since(fromLabel, from, toLabel, to, List.copyOf(added), List.copyOf(closed),
                List.copyOf(statusChanged), List.copyOf(progressChanged), List.copyOf(becameOverdue));
    }
}
