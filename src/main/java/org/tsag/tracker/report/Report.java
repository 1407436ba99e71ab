package org.tsag.tracker.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tsag.tracker.status.Evidence;

/**
 * The TSAG progress report as data, before it becomes a .docx or a PDF.
 *
 * @param cover       the TD cover block and the figures of its abstract
 * @param statuses    every status in display order (the charts' series)
 * @param entities    the entities named in the report, for the list of abbreviations
 * @param resolutions Section I (one row each) and Section II (one part each)
 * @param otherItems  items of the chosen plans that implement no clause of a reported resolution
 * @param tsagItems   the items under TSAG's own responsibility ("TSAG is invited to ...")
 * @param heatmap     the reported resolutions' operative clauses by study period, as on the dashboard
 */
public record Report(
        Cover cover,
        List<StatusName> statuses,
        List<Entity> entities,
        List<ResolutionPart> resolutions,
        List<ItemEntry> otherItems,
        List<ItemEntry> tsagItems,
        ClauseHeatmap heatmap) {

    /**
     * @param period           the study period code, or null for all periods
     * @param forMeeting       the next TSAG meeting after {@code asOf}, the one the TD is for; may be null
     * @param since            the comparison meeting code or date label; null when there is nothing to compare with
     * @param sinceTitle       the comparison meeting's title, when it is a meeting
     * @param sinceDate        the state compared with is the one at the end of this day
     */
    public record Cover(
            String period,
            LocalDate asOf,
            List<Plan> plans,
            Meeting forMeeting,
            String since,
            String sinceTitle,
            LocalDate sinceDate,
            boolean internalIncluded,
            int items,
            int added,
            int closed,
            int statusChanged,
            int becameOverdue,
            int overdue) {
    }

    public record Plan(String code, String title) {
    }

    public record Meeting(String code, String title, String place, LocalDate start, LocalDate end) {
    }

    public record StatusName(String code, String name, boolean closed) {
    }

    public record Entity(String code, String name) {
    }

    /**
     * One resolution: its Section I row and its Section II part.
     *
     * @param addressees   the operative sections of the revision and the entities each instructs or invites
     * @param cooperating  entities that collaborate on its items (names)
     * @param reportsTo    where its items report (names): TSAG, Council, WTSA
     * @param clauses      operative clauses of the revision in order, then linked clauses of other revisions
     */
    public record ResolutionPart(
            String number,
            String title,
            String place,
            Integer year,
            List<Addressee> addressees,
            List<String> cooperating,
            List<String> reportsTo,
            List<ClausePart> clauses) {

        public int itemCount() {
            return clauses.stream().mapToInt(c -> c.items().size()).sum();
        }
    }

    /** An operative section ("resolves to instruct the Director of TSB") and the entities it addresses. */
    public record Addressee(String section, List<Entity> entities) {
    }

    /** The ITU short citation of a clause, "68 (TSB-9)", when its section addresses an entity; else null. */
    public String citation(String resolution, String section, String label) {
        return resolutions.stream()
                .filter(r -> r.number().equals(resolution))
                .flatMap(r -> r.addressees().stream())
                .filter(a -> a.section().equals(section) && !a.entities().isEmpty())
                .findFirst()
                .map(a -> resolution + " (" + a.entities().getFirst().code() + "-" + label + ")")
                .orElse(null);
    }

    /**
     * An operative clause and the items that implement it.
     *
     * @param inForce  false for a clause of another revision that an item still links to
     * @param status   the clause's own latest reported status in the period, or null
     * @param items    the items described under this clause
     * @param seeAlso  codes of items that also implement this clause but are described under an earlier one
     */
    public record ClausePart(
            long id,
            String section,
            String label,
            String text,
            Integer year,
            boolean inForce,
            String status,
            Integer progress,
            List<ItemEntry> items,
            List<String> seeAlso) {
    }

    /**
     * One action item as reported.
     *
     * @param status    the current status code (NOT_STARTED when nothing was reported)
     * @param progress  rolled up from its children when it has any, else its own
     * @param deadline  the due date, else the target meeting's last day
     * @param latest    the latest report that has a narrative, or null
     * @param change    what changed since the comparison meeting, or null when nothing did
     */
    public record ItemEntry(
            long id,
            String plan,
            String code,
            String parentCode,
            String title,
            String description,
            List<String> responsible,
            List<String> collaborating,
            List<String> reportsTo,
            String status,
            boolean closed,
            Integer progress,
            String rag,
            LocalDate deadline,
            boolean overdue,
            boolean internal,
            boolean sample,
            LatestReport latest,
            Change change) {
    }

    public record LatestReport(LocalDate occurredOn, String meeting, String narrative, List<Evidence> evidence) {
    }

    /** Old and new values between the comparison day and the report's day; before-values are null for a new item. */
    public record Change(
            boolean added,
            boolean closed,
            String statusBefore,
            String statusAfter,
            Integer progressBefore,
            Integer progressAfter,
            boolean becameOverdue) {

        public boolean statusChanged() {
            return statusAfter != null && !statusAfter.equals(statusBefore);
        }

        public boolean progressChanged() {
            return progressAfter != null && !progressAfter.equals(progressBefore);
        }
    }

    public record ClauseHeatmap(List<String> periods, List<HeatmapRow> rows) {
    }

    public record HeatmapRow(String resolution, String section, String label, Map<String, String> statusByPeriod) {
    }

    public String statusName(String code) {
        return statuses.stream().filter(s -> s.code().equals(code)).map(StatusName::name).findFirst().orElse(code);
    }

    /** Every item of the report once, in report order. */
    public List<ItemEntry> allItems() {
        java.util.LinkedHashMap<Long, ItemEntry> all = new java.util.LinkedHashMap<>();
        resolutions.forEach(r -> r.clauses().forEach(c -> c.items().forEach(i -> all.putIfAbsent(i.id(), i))));
        otherItems.forEach(i -> all.putIfAbsent(i.id(), i));
        return List.copyOf(all.values());
    }
}
