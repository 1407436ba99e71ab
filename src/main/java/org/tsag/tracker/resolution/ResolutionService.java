package org.tsag.tracker.resolution;

import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resolution feature's API: browse resolutions and their revisions, and import revisions. */
@Service
public class ResolutionService {

    private final ResolutionRepository repository;

    ResolutionService(ResolutionRepository repository) {
        this.repository = repository;
    }

    @CanRead
    @Transactional(readOnly = true)
    public List<ResolutionSummary> list() {
        return repository.findSummaries();
    }

    /**
     * The page of a resolution: the revision of the given year, or the one in force, or the latest.
     */
    @CanRead
    @Transactional(readOnly = true)
    public Optional<ResolutionPage> find(String number, Integer year) {
        return repository.findRevision(number, year)
                .map(revision -> new ResolutionPage(
                        number,
                        repository.findTitle(number).orElse(revision.title()),
                        revision,
                        repository.findRevisionOptions(number)));
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
        Objects.requireNonNull(revision.number(), "number");
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
        Optional<Long> previousRevisionId = revision.previousPlace() != null && revision.previousYear() != null
                ? repository.findRevisionId(resolutionId, revision.previousPlace(), revision.previousYear())
                : repository.findLatestRevisionBefore(resolutionId, revision.year());
        Long assemblyId = repository.findAssemblyId(revision.place(), revision.year()).orElse(null);
        long revisionId = repository.insertRevision(resolutionId, revision, previousRevisionId.orElse(null), assemblyId);

        List<ResolutionRepository.StoredClause> previousClauses = previousRevisionId
                .map(repository::findClauses)
                .orElse(List.of());
        List<ResolutionRepository.EntityNames> entities = repository.findEntityNames();
        int sectionPosition = 0;
        for (RevisionImport.SectionImport section : revision.sections()) {
            sectionPosition++;
            long sectionId = repository.insertSection(revisionId, sectionPosition, section);
            for (long entityId : matchAddressees(section.addressee(), entities)) {
                repository.insertSectionAddressee(sectionId, entityId);
            }
            int clausePosition = 0;
            for (RevisionImport.ClauseImport clause : section.clauses()) {
                clausePosition++;
                Long lineage = findLineage(section, sectionPosition, clause, previousClauses).orElse(null);
                long clauseId = repository.insertClause(sectionId, clausePosition, clause, lineage);
                repository.insertNotes(clauseId, "SUB_ITEM", clause.subItems());
                repository.insertNotes(clauseId, "FOOTNOTE", clause.footnotes());
            }
        }
        return revisionId;
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
