package org.tsag.tracker.demo;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.meeting.NewMeeting;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImport;

/** Loads the demo dataset into an empty database, all in one transaction. */
@Service
public class DemoDataService {

    private static final Logger log = LoggerFactory.getLogger(DemoDataService.class);

    private final DemoRepository repository;
    private final ResolutionService resolutions;
    private final MeetingService meetings;
    private final ItemService items;
    private final StatusJournal journal;

    DemoDataService(DemoRepository repository, ResolutionService resolutions, MeetingService meetings, ItemService items,
            StatusJournal journal) {
        this.repository = repository;
        this.resolutions = resolutions;
        this.meetings = meetings;
        this.items = items;
        this.journal = journal;
    }

    /** True when the database holds no resolutions, plans, items or meetings yet. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public boolean databaseIsEmpty() {
        return !repository.holdsUserData();
    }

    /**
     * Loads the demo data unless the database already holds data.
     *
     * @return true when it loaded, false when it refused because data was there
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean loadIfEmpty() {
        if (repository.holdsUserData()) {
            log.info("The database already holds data; demo data is not loaded");
            return false;
        }
        // an admin may load the demo; the records themselves are written by "system", which holds
        // the rights of every feature (plans are for chairs, meetings for admins, ...)
        SystemAuthentication.run(this::load);
        return true;
    }

    private void load() {
        for (RevisionImport revision : new DemoResolutions().resolution68()) {
            resolutions.importRevision(revision);
        }
        DemoCsv.read("meetings.csv", this::meeting).forEach(meetings::create);
        DemoCsv.read("plans.csv", DemoDataService::plan).forEach(items::createPlan);
        List<NewItem> newItems = DemoCsv.read("items.csv", this::item);
        newItems.forEach(items::createItem);
        int events = 0;
        for (PendingEvent event : DemoCsv.read("events.csv", PendingEvent::from)) {
            journal.record(event.resolve(items));
            events++;
        }
        log.info("Loaded demo data: Resolution 68 (2016, 2024), {} items, {} status events", newItems.size(), events);
    }

    private NewMeeting meeting(DemoCsv.Row row) {
        return new NewMeeting(
                row.required("code"),
                row.required("kind"),
                row.required("title"),
                row.text("place"),
                row.date("start_date"),
                row.date("end_date"),
                row.required("study_period"),
                row.bool("sample"));
    }

    private static NewPlan plan(DemoCsv.Row row) {
        return new NewPlan(
                row.required("code"),
                row.required("title"),
                row.text("description"),
                row.text("approved_by"),
                row.date("approved_on"),
                row.text("rollup") == null ? "AVERAGE" : row.text("rollup"),
                row.bool("sample"));
    }

    private NewItem item(DemoCsv.Row row) {
        List<Long> clauseIds = new ArrayList<>();
        for (String reference : row.list("clauses")) {
            clauseIds.add(clauseId(row, reference));
        }
        Integer weight = row.integer("weight");
        return new NewItem(
                row.required("plan"),
                row.required("code"),
                row.text("parent_code"),
                row.required("title"),
                row.text("description"),
                row.list("responsible"),
                row.list("collaborating"),
                row.list("reports_to"),
                clauseIds,
                row.text("owner"),
                row.date("start_date"),
                row.date("due_date"),
                row.text("target_meeting"),
                row.text("priority") == null ? "MEDIUM" : row.text("priority"),
                row.required("study_period"),
                weight == null ? 1 : weight,
                row.bool("internal"),
                row.bool("sample"));
    }

    /** "68/2024/op1/9": Resolution 68, revision 2024, first operative section, clause 9. */
    private long clauseId(DemoCsv.Row row, String reference) {
        String[] parts = reference.split("/");
        if (parts.length != 4 || !parts[2].startsWith("op")) {
            throw row.error("clauses", "has a reference that is not like 68/2024/op1/9: " + reference);
        }
        try {
            return resolutions.findOperativeClauseId(parts[0], Integer.parseInt(parts[1]),
                            Integer.parseInt(parts[2].substring(2)), parts[3])
                    .orElseThrow(() -> row.error("clauses", "names a clause that does not exist: " + reference));
        } catch (NumberFormatException e) {
            throw row.error("clauses", "has a reference that is not like 68/2024/op1/9: " + reference);
        }
    }

    /** An event row, whose item is looked up once the items exist. */
    private record PendingEvent(DemoCsv.Row row, String plan, String code) {

        static PendingEvent from(DemoCsv.Row row) {
            return new PendingEvent(row, row.required("plan"), row.required("code"));
        }

        NewStatusEvent resolve(ItemService items) {
            long itemId = items.findItemId(plan, code)
                    .orElseThrow(() -> row.error("code", "names an unknown item: " + plan + " " + code));
            List<Evidence> evidence = row.list("evidence").stream().map(this::evidence).toList();
            return new NewStatusEvent(
                    itemId,
                    "REPORT",
                    row.required("status"),
                    row.integer("progress"),
                    row.text("rag"),
                    row.text("narrative"),
                    row.text("meeting"),
                    row.date("occurred_on"),
                    row.required("author"),
                    evidence);
        }

        private Evidence evidence(String value) {
            int colon = value.indexOf(':');
            if (colon <= 0) {
                throw row.error("evidence", "has a reference without a KIND: prefix: " + value);
            }
            String kind = value.substring(0, colon).trim();
            String reference = value.substring(colon + 1).trim();
            return new Evidence(kind, reference, "URL".equals(kind) ? reference : null);
        }
    }
}
