package org.tsag.tracker.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.Plan;
import org.tsag.tracker.item.StatusEventRow;
import org.tsag.tracker.meeting.Meeting;
import org.tsag.tracker.resolution.ClauseEvent;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionSummary;
import org.tsag.tracker.resolution.StudyPeriod;

/**
 * The JSON shapes of the API, version 1. Field names are part of the contract: add fields, never
 * rename or remove them within {@code /api/v1}. Dates are ISO 8601 ({@code 2025-01-31}), times
 * ISO 8601 with offset; a field without a value is {@code null}, never left out.
 */
final class ApiModel {

    private ApiModel() {
    }

    @Schema(description = "One page of a list; 'page' counts from 0, 'total' is the number of matches over all pages")
    record Page<T>(int page, int size, long total, List<T> items) {
    }

    record ActionPlan(String code, String title, String description, String approvedBy, LocalDate approvedOn,
                      @Schema(description = "AVERAGE or WEIGHTED: how progress rolls up to parent items") String rollup,
                      @Schema(description = "invented demo data") boolean sample) {
        static ActionPlan of(Plan p) {
            return new ActionPlan(p.code(), p.title(), p.description(), p.approvedBy(), p.approvedOn(), p.rollup(),
                    p.sample());
        }
    }

    @Schema(description = "An action item as the grid lists it")
    record Item(long id, String plan, String code, String title,
                @Schema(description = "linked operative clauses as 'resolution/label', e.g. 68/9") List<String> clauses,
                List<String> responsible, List<String> collaborating, List<String> reportsTo, String owner,
                LocalDate dueDate, String targetMeeting,
                @Schema(description = "current status code; null when nothing was reported yet") String status,
                boolean closed,
                @Schema(description = "percent; rolled up from the children when the item has any") Integer progress,
                @Schema(description = "the day of the latest report") LocalDate updated,
                String period, boolean internal, boolean sample) {
        static Item of(ItemRow r) {
            return new Item(r.id(), r.plan(), r.code(), r.title(), r.clauses(), r.responsible(), r.collaborating(),
                    r.reportsTo(), r.owner(), r.dueDate(), r.targetMeeting(), r.status(), r.closed(), r.progress(),
                    r.updated(), r.period(), r.internal(), r.sample());
        }
    }

    record EvidenceRef(@Schema(description = "TD, CONTRIBUTION, COMMUNIQUE, REPORT, URL or OTHER") String kind,
                       String reference, String url) {
    }

    record LinkedClause(String resolution, String revisionPlace, Integer revisionYear, String section, String label,
                        String text) {
    }

    record ChildItem(String code, String title, String status, Integer progress, int weight) {
    }

    @Schema(description = "A status report on an item, as part of the item")
    record ItemEvent(long id,
                     @Schema(description = "REPORT, CORRECTION, CARRY_OVER, REOPEN or DECISION") String kind,
                     String status, Integer progress,
                     @Schema(description = "RED, AMBER or GREEN") String rag,
                     String narrative, String meeting, LocalDate occurredOn, String author,
                     OffsetDateTime recordedAt, Long correctsEventId, List<EvidenceRef> evidence) {
        static ItemEvent of(ItemDetail.Event e) {
            return new ItemEvent(e.id(), e.kind(), e.status(), e.progress(), e.rag(), e.narrative(), e.meeting(),
                    e.occurredOn(), e.author(), e.recordedAt(), e.correctsEventId(),
                    e.evidence().stream().map(v -> new EvidenceRef(v.kind(), v.reference(), v.url())).toList());
        }
    }

    @Schema(description = "An action item with its clauses, children and its whole status history (newest first)")
    record ItemDetails(long id, String plan, String planTitle, String code, String parent, String title,
                       String description, String owner, LocalDate startDate, LocalDate dueDate, String targetMeeting,
                       String priority, String period, int weight, boolean internal, boolean sample, String status,
                       Integer progress, List<String> responsible, List<String> collaborating, List<String> reportsTo,
                       List<LinkedClause> clauses, List<ChildItem> children, List<ItemEvent> events) {
        static ItemDetails of(ItemDetail d) {
            return new ItemDetails(d.id(), d.plan(), d.planTitle(), d.code(), d.parentCode(), d.title(),
                    d.description(), d.owner(), d.startDate(), d.dueDate(), d.targetMeeting(), d.priority(),
                    d.period(), d.weight(), d.internal(), d.sample(), d.status(), d.progress(), d.responsible(),
                    d.collaborating(), d.reportsTo(),
                    d.clauses().stream().map(c -> new LinkedClause(c.resolution(), c.place(), c.year(), c.section(),
                            c.label(), c.text())).toList(),
                    d.children().stream().map(c -> new ChildItem(c.code(), c.title(), c.status(), c.progress(),
                            c.weight())).toList(),
                    d.events().stream().map(ItemEvent::of).toList());
        }
    }

    @Schema(description = "A status event of an action item, with the status it moved from")
    record Event(long id, String plan, String item, String itemTitle, String kind, String status,
                 @Schema(description = "the item's status before this event; null for its first event") String previousStatus,
                 Integer progress, String rag, String narrative, String meeting, LocalDate occurredOn, String author,
                 OffsetDateTime recordedAt, Long correctsEventId, List<EvidenceRef> evidence) {
        static Event of(StatusEventRow e) {
            return new Event(e.id(), e.plan(), e.itemCode(), e.itemTitle(), e.kind(), e.status(), e.previousStatus(),
                    e.progress(), e.rag(), e.narrative(), e.meeting(), e.occurredOn(), e.author(), e.recordedAt(),
                    e.correctsEventId(),
                    e.evidence().stream().map(v -> new EvidenceRef(v.kind(), v.reference(), v.url())).toList());
        }
    }

    record StatusCount(@Schema(description = "null: no report in the current study period") String status, int count) {
    }

    @Schema(description = "A resolution with the revision in force (null fields when none is in force)")
    record Resolution(String number, String title, String revisionPlace, Integer revisionYear, int operativeClauses,
                      int revisions,
                      @Schema(description = "operative clauses by their latest status in the current study period")
                      List<StatusCount> implementation) {
        static Resolution of(ResolutionSummary s) {
            return new Resolution(s.number(), s.title(), s.revisionPlace(), s.revisionYear(), s.operativeClauses(),
                    s.revisions(), s.implementation().stream().map(c -> new StatusCount(c.status(), c.count())).toList());
        }
    }

    record Revision(String place, int year, boolean inForce) {
        static Revision of(ResolutionPage.RevisionOption o) {
            return new Revision(o.place(), o.year(), o.inForce());
        }
    }

    record ResolutionDetails(String number, String title, List<Revision> revisions) {
    }

    record LinkedItem(String plan, String code, String title, String status) {
        static LinkedItem of(ResolutionPage.LinkedItem i) {
            return new LinkedItem(i.planCode(), i.code(), i.title(), i.status());
        }
    }

    @Schema(description = "A clause as part of its section")
    record SectionClause(long id, int position,
                         @Schema(description = "null only for a clause this revision deleted") String label,
                         String previousLabel,
                         @Schema(description = "UNCHANGED, INSERTED, DELETED, RELABELLED or UNCERTAIN") String change,
                         String text, List<String> subItems, List<String> footnotes,
                         @Schema(description = "label of the clause of the previous revision that this one continues")
                         String lineageLabel) {
        static SectionClause of(ResolutionPage.Clause c) {
            return new SectionClause(c.id(), c.position(), c.label(), c.previousLabel(), c.change(), c.text(),
                    c.subItems(), c.footnotes(), c.lineageLabel());
        }
    }

    record Section(int position, String heading, String previousHeading,
                   @Schema(description = "PREAMBLE or OPERATIVE") String kind, String addressee,
                   @Schema(description = "entity codes the addressee names") List<String> addressees,
                   List<SectionClause> clauses) {
        static Section of(ResolutionPage.Section s) {
            return new Section(s.position(), s.heading(), s.previousHeading(), s.kind(), s.addressee(),
                    s.addresseeEntities(), s.clauses().stream().map(SectionClause::of).toList());
        }
    }

    @Schema(description = "One revision of a resolution in full")
    record RevisionDetails(String number, String title, String place, int year, String history, String assemblyLine,
                           boolean inForce, String source, List<Section> sections) {
        static RevisionDetails of(ResolutionPage page) {
            ResolutionPage.Revision r = page.revision();
            return new RevisionDetails(page.number(), r.title(), r.place(), r.year(), r.history(), r.assemblyLine(),
                    r.inForce(), r.source(), r.sections().stream().map(Section::of).toList());
        }
    }

    @Schema(description = "A report on the implementation of a clause in a study period")
    record ClauseReport(long id, String studyPeriod, String kind, String status, Integer progress, String rag,
                        String narrative, LocalDate occurredOn, String author,
                        @Schema(description = "label and year of the clause the report was made on, when an earlier revision's")
                        String via, List<EvidenceRef> evidence) {
        static ClauseReport of(ClauseEvent e, String label, int year) {
            boolean same = java.util.Objects.equals(e.viaLabel(), label) && e.viaYear() == year;
            return new ClauseReport(e.eventId(), e.studyPeriod(), e.kind(), e.status(), e.progress(), e.rag(),
                    e.narrative(), e.occurredOn(), e.author(), same ? null : e.viaLabel() + " (" + e.viaYear() + ")",
                    e.evidence().stream().map(v -> new EvidenceRef(v.kind(), v.reference(), v.url())).toList());
        }
    }

    @Schema(description = "A clause with its section, the items implementing it and its implementation reports (oldest first)")
    record Clause(long id, String section,
                  @Schema(description = "PREAMBLE or OPERATIVE") String sectionKind,
                  List<String> addressees, String label, String previousLabel, String change, String text,
                  List<String> subItems, List<String> footnotes, String lineageLabel, List<LinkedItem> items,
                  List<ClauseReport> implementation) {
    }

    record MeetingInfo(String code,
                       @Schema(description = "TSAG, CXO, WORKSHOP, WTSA or COUNCIL") String kind,
                       String title, String place, LocalDate startDate, LocalDate endDate, String studyPeriod,
                       boolean sample) {
        static MeetingInfo of(Meeting m) {
            return new MeetingInfo(m.code(), m.kind(), m.title(), m.place(), m.startDate(), m.endDate(),
                    m.studyPeriod(), m.sample());
        }
    }

    record Period(String code, LocalDate startDate, LocalDate endDate,
                  @Schema(description = "the period that includes today") boolean current) {
        static Period of(StudyPeriod p) {
            return new Period(p.code(), p.startDate(), p.endDate(), p.current());
        }
    }

    record Status(String code, String name) {
    }
}
