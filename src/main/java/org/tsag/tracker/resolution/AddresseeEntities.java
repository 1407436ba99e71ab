package org.tsag.tracker.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Turns a section's addressees into entities: each party the parser split out ("the Secretary-General",
 * "the Directors of the three Bureaux") is matched to the entities whose code, name or alias it names;
 * a party that matches none is an unknown addressee, which the import preview offers for creation.
 */
@Component
class AddresseeEntities {

    static final Set<String> KINDS = Set.of("BUREAU", "OFFICIAL", "GROUP", "MEMBERSHIP", "BODY", "REGION");
    private static final int MAX_CODE = 40;
    private static final int MAX_NAME = 200;

    private final AddresseeRepository repository;

    AddresseeEntities(AddresseeRepository repository) {
        this.repository = repository;
    }

    /** The parties of a section, as the import matches them: its split addressees, or its whole addressee. */
    static List<String> parties(RevisionImport.SectionImport section) {
        if (!section.addressees().isEmpty()) {
            return section.addressees();
        }
        return section.addressee() == null || section.addressee().isBlank() ? List.of() : List.of(section.addressee());
    }

    /** Parties of the import that no entity goes by. */
    List<ImportPreview.UnknownAddressee> unknown(RevisionImport revision, List<RevisionImportRepository.EntityNames> entities) {
        List<ImportPreview.UnknownAddressee> unknown = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>(repository.findCodes());
        for (int s = 0; s < revision.sections().size(); s++) {
            RevisionImport.SectionImport section = revision.sections().get(s);
            if (!"OPERATIVE".equals(section.kind())) {
                continue;
            }
            for (String party : parties(section)) {
                if (ResolutionService.matchAddressees(party, entities).isEmpty()) {
                    String code = suggestCode(party, codes);
                    codes.add(code);
                    unknown.add(new ImportPreview.UnknownAddressee(s, party, code));
                }
            }
        }
        return unknown;
    }

    /** Creates the entities a person chose, each with its name as alias so later imports match it. */
    void create(List<RevisionImport.NewEntity> newEntities) {
        if (newEntities.isEmpty()) {
            return;
        }
        Set<String> codes = repository.findCodes();
        for (RevisionImport.NewEntity entity : newEntities) {
            if (codes.contains(entity.code())) {
                throw new ImportRejectedException("The code %s is already used by another entity; choose another for \"%s\"."
                        .formatted(entity.code(), entity.name()), -1, -1);
            }
            long id = repository.insertEntity(entity.code(), entity.name(), entity.kind());
            codes.add(entity.code());
            repository.insertAlias(id, entity.name());
        }
    }

    /** Rejects new entities the database would refuse, before anything is written. */
    static void check(List<RevisionImport.NewEntity> newEntities) {
        Set<String> seen = new LinkedHashSet<>();
        for (RevisionImport.NewEntity entity : newEntities) {
            if (entity.code() == null || entity.code().isBlank() || entity.code().length() > MAX_CODE) {
                throw new ImportRejectedException("The new entity \"%s\" needs a code of 1 to %d characters."
                        .formatted(entity.name(), MAX_CODE), -1, -1);
            }
            if (entity.name() == null || entity.name().isBlank() || entity.name().length() > MAX_NAME) {
                throw new ImportRejectedException("A new entity needs a name of 1 to %d characters.".formatted(MAX_NAME), -1, -1);
            }
            if (!KINDS.contains(entity.kind())) {
                throw new ImportRejectedException("The new entity \"%s\" has no valid kind.".formatted(entity.name()), -1, -1);
            }
            if (!seen.add(entity.code())) {
                throw new ImportRejectedException("The code %s is given to two new entities.".formatted(entity.code()), -1, -1);
            }
        }
    }

    /** The ids of the entities a section addresses, matched party by party. */
    static List<Long> entityIds(RevisionImport.SectionImport section, List<RevisionImportRepository.EntityNames> entities) {
        Map<Long, Boolean> ids = new HashMap<>();
        List<Long> ordered = new ArrayList<>();
        for (String party : parties(section)) {
            for (long id : ResolutionService.matchAddressees(party, entities)) {
                if (ids.put(id, true) == null) {
                    ordered.add(id);
                }
            }
        }
        return ordered;
    }

    private static final Pattern NOT_CODE = Pattern.compile("[^A-Z0-9]+");
    private static final Set<String> SMALL_WORDS = Set.of("THE", "OF", "AND", "FOR", "TO", "IN", "ON", "ALL", "ITS");

    /** "the next plenipotentiary conference" gives "NEXT-PLENIPOTENTIARY-CONFERENCE" (shortened, made unique). */
    static String suggestCode(String name, Set<String> taken) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_CODE.split(name.toUpperCase(Locale.ROOT))) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
                words.add(word);
            }
        }
        String base = words.isEmpty() ? "ENTITY" : String.join("-", words);
        base = base.length() > MAX_CODE - 3 ? base.substring(0, MAX_CODE - 3) : base;
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
