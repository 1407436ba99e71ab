package org.tsag.tracker.resolution;

import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.tsag.tracker.base.CanRead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.i18n.Languages;

/**
 * A resolution revision's text in ITU's six languages (issue 15). The imported text stays as it was imported; a
 * translation adds the title, section headings and clause texts in one more language, and the resolution page
 * shows it to readers of that language.
 */
@Service
public class RevisionTextService {

    private final RevisionTextRepository repository;

    RevisionTextService(RevisionTextRepository repository) {
        this.repository = repository;
    }

    /**
     * The text of a revision for a reader of {@code reader}'s language: the translation when there is one, else
     * the imported text (with {@code importedTitle}).
     */
    @Transactional(readOnly = true)
    @CanRead
    public RevisionText forReader(long revisionId, String importedTitle, Locale reader) {
        String imported = repository.importedLanguage(revisionId).orElse("en");
        String wanted = reader == null ? imported : reader.getLanguage();
        if (!wanted.equals(imported)) {
            var title = repository.title(revisionId, wanted);
            if (title.isPresent()) {
                return new RevisionText(wanted, imported, title.get(), repository.headings(revisionId, wanted),
                        repository.clauses(revisionId, wanted));
            }
        }
        return new RevisionText(imported, imported, importedTitle, Map.of(), Map.of());
    }

    /**
     * Stores (or replaces) a revision's text in one more language, all or nothing.
     *
     * @param headings section id to heading; every section must belong to the revision
     * @param clauses  clause id to text; every clause must belong to the revision
     * @throws IllegalArgumentException for a language ITU does not use, the imported language itself, an empty
     *                                  title or a section or clause of another revision
     */
    @RolesAllowed({Roles.TSB, Roles.CHAIR})
    @Transactional
    public void saveTranslation(long revisionId, String language, String title, String fullText,
                                Map<Long, String> headings, Map<Long, String> clauses) {
        if (Languages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new IllegalArgumentException("Not one of ITU's six languages: " + language);
        }
        String imported = repository.importedLanguage(revisionId)
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revisionId));
        if (imported.equals(language)) {
            throw new IllegalArgumentException("The revision was imported in " + language + "; it is not a translation");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A translation needs a title");
        }
        if (repository.countSectionsOf(revisionId, headings.keySet()) != headings.size()
                || repository.countClausesOf(revisionId, clauses.keySet()) != clauses.size()) {
            throw new IllegalArgumentException("A section or clause of another revision was given");
        }
        repository.upsertTitle(revisionId, language, title.strip(), fullText);
        headings.forEach((id, heading) -> repository.upsertHeading(id, language, heading.strip()));
        clauses.forEach((id, text) -> repository.upsertClause(id, language, text.strip()));
    }
}
