package org.tsag.tracker.resolution;

import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.tsag.tracker.base.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resolution feature's API: browse resolutions and their revisions, and import revisions. */
@Service
public class ResolutionService {

    private final ResolutionRepository repository;
    private final AddresseeEntities addressees;
    private final LinkedItemStatusQuery linked;

    ResolutionService(ResolutionRepository repository, AddresseeEntities addressees, LinkedItemStatusQuery linked) {
        this.repository = repository;
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
        Map<Long, List<ResolutionRepository.LatestStatus>> latest = revisionIds.isEmpty() ? Map.of()
                : repository.findLatestStatusesInCurrentPeriod(revisionIds).stream()
                        .collect(Collectors.groupingBy(ResolutionRepository.LatestStatus::revisionId));
        Map<Long, List<String>> items = revisionIds.isEmpty() ? Map.of() : linked.byClause(revisionIds, CurrentUser.canSeeInternal());
        Map<String, String> names = repository.findStatuses().stream()
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
        return repository.findRevisionOptions(number);
    }

    /** Study periods, oldest first; the one that includes today is marked current. */
    @CanRead
    @Transactional(readOnly = true)
    public List<ReferenceOption> studyPeriods() {
        return repository.findStudyPeriods();
    }

    /** Study periods with their dates, oldest first. */
    @CanRead
    @Transactional(readOnly = true)
    public List<StudyPeriod> listStudyPeriods() {
        return repository.findStudyPeriodDates();
    }

    @CanRead
    @Transactional(readOnly = true)
    public List<ReferenceOption> statuses() {
        return repository.findStatuses();
    }

    /**
     * Two revisions clause by clause: a clause of {@code toYear} is matched with the clause of
     * {@code fromYear} that it continues (following lineage through any revisions in between).
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<RevisionComparison> compare(String number, int fromYear, int toYear) {
        Optional<RevisionComparison.Side> from = repository.findSide(number, fromYear);
        Optional<RevisionComparison.Side> to = repository.findSide(number, toYear);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        List<ResolutionRepository.LineageClause> all = repository.findLineageClauses(number);
        Map<Long, ResolutionRepository.LineageClause> byId = all.stream()
                .collect(Collectors.toMap(ResolutionRepository.LineageClause::id, Function.identity()));
        Set<Long> matched = new HashSet<>();
        List<RevisionComparison.ClauseDiff> diffs = new ArrayList<>();
        for (ResolutionRepository.LineageClause clause : all) {
            if (clause.year() != toYear) {
                continue;
            }
            ResolutionRepository.LineageClause origin = ancestorIn(clause, fromYear, byId);
            if (origin != null) {
                matched.add(origin.id());
            }
            if (clause.label() == null) {
                // kept in the newer revision as deleted
                diffs.add(deleted(origin != null ? origin : clause));
            } else if (origin == null) {
                diffs.add(new RevisionComparison.ClauseDiff(clause.heading(), prefix(clause),
                        RevisionComparison.Change.ADDED, clause.label(), null, false, true,
                        List.of(new RevisionComparison.Words(RevisionComparison.WordChange.INSERTED, clause.text()))));
            } else {
                List<RevisionComparison.Words> words = wordDiff(origin.text(), clause.text());
                boolean changed = words.stream().anyMatch(w -> w.change() != RevisionComparison.WordChange.EQUAL);
                boolean relabelled = !Objects.equals(origin.label(), clause.label());
                RevisionComparison.Change change = changed ? RevisionComparison.Change.CHANGED
                        : relabelled ? RevisionComparison.Change.RELABELLED : RevisionComparison.Change.UNCHANGED;
                diffs.add(new RevisionComparison.ClauseDiff(clause.heading(), prefix(clause), change,
                        clause.label(), origin.label(), relabelled, changed, words));
            }
        }
        all.stream()
                .filter(c -> c.year() == fromYear && c.label() != null && !matched.contains(c.id()))
                .forEach(c -> diffs.add(deleted(c)));
        return Optional.of(new RevisionComparison(number, from.get(), to.get(), diffs));
    }

    private static RevisionComparison.ClauseDiff deleted(ResolutionRepository.LineageClause old) {
        String label = old.label() != null ? old.label() : old.previousLabel();
        return new RevisionComparison.ClauseDiff(old.heading(), prefix(old), RevisionComparison.Change.DELETED,
                null, label, false, true,
                List.of(new RevisionComparison.Words(RevisionComparison.WordChange.DELETED, old.text())));
    }

    private static ResolutionRepository.LineageClause ancestorIn(ResolutionRepository.LineageClause clause, int year,
                                                                 Map<Long, ResolutionRepository.LineageClause> byId) {
        Set<Long> seen = new HashSet<>();
        ResolutionRepository.LineageClause current = clause.previousClauseId() == null ? null
                : byId.get(clause.previousClauseId());
        while (current != null && seen.add(current.id())) {
            if (current.year() == year) {
                return current.label() != null ? current : null;
            }
            current = current.previousClauseId() == null ? null : byId.get(current.previousClauseId());
        }
        return null;
    }

    /** "TSB" for a section addressed to TSB, else the heading: what citations put before the label. */
    private static String prefix(ResolutionRepository.LineageClause clause) {
        return "OPERATIVE".equals(clause.kind()) && clause.addresseeCode() != null
                ? clause.addresseeCode() : clause.heading();
    }

    /** Word-level differences by java-diff-utils over word tokens (whitespace is not compared). */
    static List<RevisionComparison.Words> wordDiff(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<RevisionComparison.Words> words = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(words, RevisionComparison.WordChange.EQUAL, from.subList(position, start));
            add(words, RevisionComparison.WordChange.DELETED, delta.getSource().getLines());
            add(words, RevisionComparison.WordChange.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(words, RevisionComparison.WordChange.EQUAL, from.subList(position, from.size()));
        return words;
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("\\s+"));
    }

    private static void add(List<RevisionComparison.Words> words, RevisionComparison.WordChange change,
                            List<String> tokens) {
        if (!tokens.isEmpty()) {
            words.add(new RevisionComparison.Words(change, String.join(" ", tokens)));
        }
    }

    /**
     * The page of a resolution: the revision of the given year, or the one in force, or the latest.
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<ResolutionPage> find(String number, Integer year) {
        return repository.findRevision(number, year, CurrentUser.canSeeInternal())
                .map(revision -> new ResolutionPage(
                        number,
                        repository.findTitle(number).orElse(revision.title()),
                        revision,
                        repository.findRevisionOptions(number),
                        repository.findClauseEvents(revision.id()).stream()
                                .collect(Collectors.groupingBy(ClauseEvent::clauseId))));
    }

    /**
     * The id of an operative clause, found by resolution number, revision year, the position of
     * its operative section (1 = first operative section) and its label.
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<Long> findOperativeClauseId(String number, int year, int operativeSection, String label) {
        return repository.findOperativeClauseId(number, year, operativeSection, label);
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
        long resolutionId = repository.findResolutionId(revision.number())
                .orElseGet(() -> repository.insertResolution(revision.number(), revision.title()));
        if (repository.findRevisionId(resolutionId, revision.place(), revision.year()).isPresent()) {
            throw new DuplicateRevisionException(revision.number(), revision.place(), revision.year());
        }
        boolean newest = repository.latestRevisionYear(resolutionId).map(y -> y <= revision.year()).orElse(true);
        if (revision.inForce()) {
            repository.clearInForce(resolutionId);
        }
        if (newest) {
            repository.updateResolutionTitle(resolutionId, revision.title());
        }
        Optional<Long> previousRevisionId = previousRevision(resolutionId, revision);
        Long assemblyId = repository.findAssemblyId(revision.place(), revision.year()).orElse(null);
        long revisionId = repository.insertRevision(resolutionId, revision, previousRevisionId.orElse(null), assemblyId);

        List<ResolutionRepository.StoredClause> previousClauses = previousRevisionId
                .map(repository::findClauses)
                .orElse(List.of());
        addressees.create(revision.newEntities());
        List<ResolutionRepository.EntityNames> entities = repository.findEntityNames();
        int sectionPosition = 0;
        for (RevisionImport.SectionImport section : revision.sections()) {
            sectionPosition++;
            long sectionId = repository.insertSection(revisionId, sectionPosition, section);
            for (long entityId : AddresseeEntities.entityIds(section, entities)) {
                repository.insertSectionAddressee(sectionId, entityId);
            }
            int clausePosition = 0;
            for (RevisionImport.ClauseImport clause : section.clauses()) {
                clausePosition++;
                Long lineage = lineage(section, sectionPosition, clause, previousClauses, sectionPosition - 1,
                        clausePosition - 1);
                long clauseId = repository.insertClause(sectionId, clausePosition, clause, lineage);
                repository.insertNotes(clauseId, "SUB_ITEM", clause.subItems());
                repository.insertNotes(clauseId, "FOOTNOTE", clause.footnotes());
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
                : repository.findResolutionIdForReading(revision.number());
        List<List<Long>> inferred = new ArrayList<>();
        List<ImportPreview.UnknownAddressee> unknown = addressees.unknown(revision, repository.findEntityNames());
        if (resolutionId.isEmpty()) {
            revision.sections().forEach(s -> inferred.add(nulls(s.clauses().size())));
            return new ImportPreview(false, null, List.of(), inferred, unknown);
        }
        boolean duplicate = repository.findRevisionId(resolutionId.get(), revision.place(), revision.year()).isPresent();
        Optional<Long> previousRevisionId = previousRevision(resolutionId.get(), revision);
        List<ResolutionRepository.StoredClause> previousClauses = previousRevisionId
                .map(repository::findClauses)
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
        String previous = previousRevisionId.flatMap(id -> repository.findRevisionOptions(revision.number()).stream()
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
                ? repository.findRevisionId(resolutionId, revision.previousPlace(), revision.previousYear())
                : repository.findLatestRevisionBefore(resolutionId, revision.year());
    }

    /** Rejects what the database would refuse or no person meant, before anything is written (see {@link RevisionLimits}). */
    private static void validate(RevisionImport revision) {
        RevisionLimits.check(revision);
    }

    /** The person's choice when there is one (it must be a clause of the previous revision), else the inference. */
    private static Long lineage(RevisionImport.SectionImport section, int sectionPosition,
                                RevisionImport.ClauseImport clause,
                                List<ResolutionRepository.StoredClause> previous, int s, int c) {
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
                                              List<ResolutionRepository.StoredClause> previous) {
        if ("INSERTED".equals(clause.change()) || previous.isEmpty()) {
            return Optional.empty();
        }
        String label = clause.previousLabel() != null ? clause.previousLabel() : clause.label();
        if (label == null) {
            return Optional.empty();
        }
        String heading = section.previousHeading() != null ? section.previousHeading() : section.heading();
        List<ResolutionRepository.StoredClause> sameSection = previous.stream()
                .filter(c -> c.kind().equals(section.kind()))
                .filter(c -> normalise(c.heading()).equals(normalise(heading)))
                .toList();
        return sameSection.stream()
                .filter(c -> label.equals(c.label()))
                .map(ResolutionRepository.StoredClause::id)
                .findFirst();
    }

    /** Entities whose code, name or alias the addressee text names, as whole words. */
    static List<Long> matchAddressees(String addressee, List<ResolutionRepository.EntityNames> entities) {
        if (addressee == null || addressee.isBlank()) {
            return List.of();
        }
        String text = normalise(addressee);
        List<Long> matched = new ArrayList<>();
        for (ResolutionRepository.EntityNames entity : entities) {
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
