package org.tsag.tracker.resolution;

import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tsag.tracker.base.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resolution feature's API: browse resolutions and their revisions, and import revisions. */
@Service
public class ResolutionService {

    private final ResolutionRepository repository;
    private final ClauseStatusQuery clauses;
    private final RevisionQuery revisionQuery;
    private final RevisionImportRepository imports;
    private final AddresseeEntities addressees;
    private final LinkedItemStatusQuery linked;

    ResolutionService(ResolutionRepository repository, ClauseStatusQuery clauses, RevisionQuery revisionQuery,
                      RevisionImportRepository imports, AddresseeEntities addressees, LinkedItemStatusQuery linked) {
        this.repository = repository;
        this.clauses = clauses;
        this.revisionQuery = revisionQuery;
        this.imports = imports;
        this.addressees = addressees;
        this.linked = linked;
    }

    @CanRead
    @Transactional(readOnly = true)
    public List<ResolutionSummary> list() {
        return list(ResolutionFilter.none());
    }

    /** Resolutions whose number or title match the filter, with the current period's implementation summary. */
    @CanRead
    @Transactional(readOnly = true)
    public List<ResolutionSummary> list(ResolutionFilter filter) {
        List<ResolutionRepository.SummaryRow> rows = repository.findSummaries(ResolutionRepository.matches(filter));
        List<Long> revisionIds = rows.stream()
                .map(ResolutionRepository.SummaryRow::revisionId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, List<ClauseStatusQuery.LatestStatus>> latest = revisionIds.isEmpty() ? Map.of()
                : clauses.findLatestStatusesInCurrentPeriod(revisionIds).stream()
                        .collect(Collectors.groupingBy(ClauseStatusQuery.LatestStatus::revisionId));
        Map<Long, List<String>> items = revisionIds.isEmpty() ? Map.of() : linked.byClause(revisionIds, CurrentUser.canSeeInternal());
        Map<String, String> names = clauses.findStatuses().stream()
                .collect(Collectors.toMap(ReferenceOption::code, ReferenceOption::name));
        return rows.stream()
                .map(r -> new ResolutionSummary(r.number(), r.title(), r.revisionPlace(), r.revisionYear(),
                        r.operativeClauses(), r.revisions(),
                        ImplementationCounts.of(latest.getOrDefault(r.revisionId(), List.of()), items, names)))
                .toList();
    }

    /** The revisions of a resolution, newest first. */
    @CanRead
    @Transactional(readOnly = true)
    public List<ResolutionPage.RevisionOption> revisions(String number) {
        return revisionQuery.findRevisionOptions(number);
    }

    /** Study periods, oldest first; the one that includes today is marked current. */
    @CanRead
    @Transactional(readOnly = true)
    public List<ReferenceOption> studyPeriods() {
        return clauses.findStudyPeriods();
    }

    /** Study periods with their dates, oldest first. */
    @CanRead
    @Transactional(readOnly = true)
    public List<StudyPeriod> listStudyPeriods() {
        return clauses.findStudyPeriodDates();
    }

    @CanRead
    @Transactional(readOnly = true)
    public List<ReferenceOption> statuses() {
        return clauses.findStatuses();
    }

    /**
     * Two revisions clause by clause: a clause of {@code toYear} is matched with the clause of
     * {@code fromYear} that it continues (following lineage through any revisions in between).
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<RevisionComparison> compare(String number, int fromYear, int toYear) {
        Optional<RevisionComparison.Side> from = revisionQuery.findSide(number, fromYear);
        Optional<RevisionComparison.Side> to = revisionQuery.findSide(number, toYear);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RevisionComparison(number, from.get(), to.get(),
                RevisionComparer.diffs(revisionQuery.findLineageClauses(number), fromYear, toYear)));
    }

    /** Word-level differences by java-diff-utils over word tokens (whitespace is not compared). */
    static List<RevisionComparison.Words> wordDiff(String before, String after) {
        return RevisionComparer.wordDiff(before, after);
    }

    /**
     * The page of a resolution: the revision of the given year, or the one in force, or the latest.
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<ResolutionPage> find(String number, Integer year) {
        return revisionQuery.findRevision(number, year, CurrentUser.canSeeInternal())
                .map(revision -> new ResolutionPage(
                        number,
                        revisionQuery.findTitle(number).orElse(revision.title()),
                        revision,
                        revisionQuery.findRevisionOptions(number),
                        clauses.findClauseEvents(revision.id()).stream()
                                .collect(Collectors.groupingBy(ClauseEvent::clauseId))));
    }

    /**
     * The id of an operative clause, found by resolution number, revision year, the position of
     * its operative section (1 = first operative section) and its label.
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<Long> findOperativeClauseId(String number, int year, int operativeSection, String label) {
        return imports.findOperativeClauseId(number, year, operativeSection, label);
    }

    /**
     * Stores a revision with its sections, clauses, addressees and lineage, all or nothing.
     *
     * @return the id of the new revision
     * @throws DuplicateRevisionException when this revision is already stored
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public long importRevision(RevisionImport revision) {
        validate(revision);
        long resolutionId = imports.findResolutionId(revision.number())
                .orElseGet(() -> imports.insertResolution(revision.number(), revision.title()));
        if (imports.findRevisionId(resolutionId, revision.place(), revision.year()).isPresent()) {
            throw new DuplicateRevisionException(revision.number(), revision.place(), revision.year());
        }
        boolean newest = imports.latestRevisionYear(resolutionId).map(y -> y <= revision.year()).orElse(true);
        if (revision.inForce()) {
            imports.clearInForce(resolutionId);
        }
        if (newest) {
            imports.updateResolutionTitle(resolutionId, revision.title());
        }
        Optional<Long> previousRevisionId = previousRevision(resolutionId, revision);
        Long assemblyId = imports.findAssemblyId(revision.place(), revision.year()).orElse(null);
        long revisionId = imports.insertRevision(resolutionId, revision, previousRevisionId.orElse(null), assemblyId);

        List<RevisionImportRepository.StoredClause> previousClauses = previousRevisionId
                .map(imports::findClauses)
                .orElse(List.of());
        addressees.create(revision.newEntities());
        List<RevisionImportRepository.EntityNames> entities = imports.findEntityNames();
        int sectionPosition = 0;
        for (RevisionImport.SectionImport section : revision.sections()) {
            sectionPosition++;
            long sectionId = imports.insertSection(revisionId, sectionPosition, section);
            for (long entityId : AddresseeEntities.entityIds(section, entities)) {
                imports.insertSectionAddressee(sectionId, entityId);
            }
            int clausePosition = 0;
            for (RevisionImport.ClauseImport clause : section.clauses()) {
                clausePosition++;
                Long lineage = lineage(section, sectionPosition, clause, previousClauses, sectionPosition - 1,
                        clausePosition - 1);
                long clauseId = imports.insertClause(sectionId, clausePosition, clause, lineage);
                imports.insertNotes(clauseId, "SUB_ITEM", clause.subItems());
                imports.insertNotes(clauseId, "FOOTNOTE", clause.footnotes());
            }
        }
        return revisionId;
    }

    /**
     * What importing would do: whether the revision is already stored, which stored revision it
     * continues, and the lineage it would infer for each clause. Writes nothing.
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional(readOnly = true)
    public ImportPreview previewImport(RevisionImport revision) {
        Optional<Long> resolutionId = revision.number() == null ? Optional.empty()
                : imports.findResolutionIdForReading(revision.number());
        List<List<Long>> inferred = new ArrayList<>();
        List<ImportPreview.UnknownAddressee> unknown = addressees.unknown(revision, imports.findEntityNames());
        if (resolutionId.isEmpty()) {
            revision.sections().forEach(s -> inferred.add(nulls(s.clauses().size())));
            return new ImportPreview(false, null, List.of(), inferred, unknown);
        }
        boolean duplicate = imports.findRevisionId(resolutionId.get(), revision.place(), revision.year()).isPresent();
        Optional<Long> previousRevisionId = previousRevision(resolutionId.get(), revision);
        List<RevisionImportRepository.StoredClause> previousClauses = previousRevisionId
                .map(imports::findClauses)
                .orElse(List.of());
        int sectionPosition = 0;
        for (RevisionImport.SectionImport section : revision.sections()) {
            sectionPosition++;
            List<Long> ids = new ArrayList<>();
            for (RevisionImport.ClauseImport clause : section.clauses()) {
                ids.add(findLineage(section, sectionPosition, clause, previousClauses).orElse(null));
            }
            inferred.add(ids);
        }
        String previous = previousRevisionId.flatMap(id -> revisionQuery.findRevisionOptions(revision.number()).stream()
                        .filter(o -> o.id() == id)
                        .map(o -> o.place() + ", " + o.year())
                        .findFirst())
                .orElse(null);
        List<ImportPreview.LineageOption> options = previousClauses.stream()
                .map(c -> new ImportPreview.LineageOption(c.id(), c.heading(), c.label()))
                .toList();
        return new ImportPreview(duplicate, previous, options, inferred, unknown);
    }

    private static List<Long> nulls(int size) {
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }

    private Optional<Long> previousRevision(long resolutionId, RevisionImport revision) {
        return revision.previousPlace() != null && revision.previousYear() != null
                ? imports.findRevisionId(resolutionId, revision.previousPlace(), revision.previousYear())
                : imports.findLatestRevisionBefore(resolutionId, revision.year());
    }

    /** Rejects what the database would refuse or no person meant, before anything is written (see {@link RevisionLimits}). */
    private static void validate(RevisionImport revision) {
        RevisionLimits.check(revision);
    }

    /** The person's choice when there is one (it must be a clause of the previous revision), else the inference. */
    private static Long lineage(RevisionImport.SectionImport section, int sectionPosition,
                                RevisionImport.ClauseImport clause,
                                List<RevisionImportRepository.StoredClause> previous, int s, int c) {
        if (clause.lineage() == null) {
            return findLineage(section, sectionPosition, clause, previous).orElse(null);
        }
        Long chosen = clause.lineage().clauseId();
        if (chosen != null && previous.stream().noneMatch(p -> p.id() == chosen)) {
            throw new ImportRejectedException("Clause %s of section '%s' is linked to a clause that is not in the previous revision."
                    .formatted(clause.label(), section.heading()), s, c);
        }
        return chosen;
    }

    /**
     * The clause of the previous revision that this one continues: same label, or its previous
     * label, in the section that had this section's (previous) heading.
     */
    private static Optional<Long> findLineage(RevisionImport.SectionImport section, int sectionPosition,
                                              RevisionImport.ClauseImport clause,
                                              List<RevisionImportRepository.StoredClause> previous) {
        if ("INSERTED".equals(clause.change()) || previous.isEmpty()) {
            return Optional.empty();
        }
        String label = clause.previousLabel() != null ? clause.previousLabel() : clause.label();
        if (label == null) {
            return Optional.empty();
        }
        String heading = section.previousHeading() != null ? section.previousHeading() : section.heading();
        List<RevisionImportRepository.StoredClause> sameSection = previous.stream()
                .filter(c -> c.kind().equals(section.kind()))
                .filter(c -> normalise(c.heading()).equals(normalise(heading)))
                .toList();
        return sameSection.stream()
                .filter(c -> label.equals(c.label()))
                .map(RevisionImportRepository.StoredClause::id)
                .findFirst();
    }

    /** Entities whose code, name or alias the addressee text names, as whole words. */
    static List<Long> matchAddressees(String addressee, List<RevisionImportRepository.EntityNames> entities) {
        if (addressee == null || addressee.isBlank()) {
            return List.of();
        }
        String text = normalise(addressee);
        List<Long> matched = new ArrayList<>();
        for (RevisionImportRepository.EntityNames entity : entities) {
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(entity.name());
            names.add(entity.code());
            boolean found = names.stream()
                    .map(ResolutionService::normalise)
                    .filter(n -> !n.isEmpty())
                    .anyMatch(n -> Pattern.compile("(^|\\W)" + Pattern.quote(n) + "($|\\W)").matcher(text).find());
            if (found) {
                matched.add(entity.id());
            }
        }
        return matched;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace('\u2011', '-').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
