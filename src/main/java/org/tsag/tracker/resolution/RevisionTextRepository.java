package org.tsag.tracker.resolution;

import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.CLAUSE_TRANSLATION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.REVISION_TRANSLATION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.SECTION_TRANSLATION;

import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

/** The languages of revision texts: all of the SQL for {@link RevisionTextService}. */
@Repository
class RevisionTextRepository {

    private final DSLContext dsl;

    RevisionTextRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> importedLanguage(long revisionId) {
        return dsl.fetchOptionalValue(RESOLUTION_REVISION.LANGUAGE, RESOLUTION_REVISION.ID.eq(revisionId));
    }

    Optional<String> title(long revisionId, String language) {
        return dsl.fetchOptionalValue(REVISION_TRANSLATION.TITLE,
                REVISION_TRANSLATION.REVISION_ID.eq(revisionId).and(REVISION_TRANSLATION.LANGUAGE.eq(language)));
    }

    Map<Long, String> headings(long revisionId, String language) {
        return dsl.select(SECTION_TRANSLATION.SECTION_ID, SECTION_TRANSLATION.HEADING)
                .from(SECTION_TRANSLATION)
                .join(SECTION).on(SECTION.ID.eq(SECTION_TRANSLATION.SECTION_ID))
                .where(SECTION.REVISION_ID.eq(revisionId))
                .and(SECTION_TRANSLATION.LANGUAGE.eq(language))
                .fetchMap(SECTION_TRANSLATION.SECTION_ID, SECTION_TRANSLATION.HEADING);
    }

    Map<Long, String> clauses(long revisionId, String language) {
        return dsl.select(CLAUSE_TRANSLATION.CLAUSE_ID, CLAUSE_TRANSLATION.TEXT)
                .from(CLAUSE_TRANSLATION)
                .join(CLAUSE).on(CLAUSE.ID.eq(CLAUSE_TRANSLATION.CLAUSE_ID))
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .where(SECTION.REVISION_ID.eq(revisionId))
                .and(CLAUSE_TRANSLATION.LANGUAGE.eq(language))
                .fetchMap(CLAUSE_TRANSLATION.CLAUSE_ID, CLAUSE_TRANSLATION.TEXT);
    }

    int countSectionsOf(long revisionId, java.util.Collection<Long> sectionIds) {
        return dsl.fetchCount(SECTION, SECTION.REVISION_ID.eq(revisionId).and(SECTION.ID.in(sectionIds)));
    }

    int countClausesOf(long revisionId, java.util.Collection<Long> clauseIds) {
        return dsl.fetchCount(dsl.select(CLAUSE.ID)
                .from(CLAUSE)
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .where(SECTION.REVISION_ID.eq(revisionId))
                .and(CLAUSE.ID.in(clauseIds)));
    }

    void upsertTitle(long revisionId, String language, String title, String fullText) {
        dsl.insertInto(REVISION_TRANSLATION)
                .set(REVISION_TRANSLATION.REVISION_ID, revisionId)
                .set(REVISION_TRANSLATION.LANGUAGE, language)
                .set(REVISION_TRANSLATION.TITLE, title)
                .set(REVISION_TRANSLATION.FULL_TEXT, fullText)
                .onConflict(REVISION_TRANSLATION.REVISION_ID, REVISION_TRANSLATION.LANGUAGE)
                .doUpdate()
                .set(REVISION_TRANSLATION.TITLE, title)
                .set(REVISION_TRANSLATION.FULL_TEXT, fullText)
                .set(REVISION_TRANSLATION.VERSION, REVISION_TRANSLATION.VERSION.plus(1))
                .execute();
    }

    void upsertHeading(long sectionId, String language, String heading) {
        upsertText(SECTION_TRANSLATION.SECTION_ID, sectionId, SECTION_TRANSLATION.LANGUAGE, language,
                SECTION_TRANSLATION.HEADING, heading);
    }

    void upsertClause(long clauseId, String language, String text) {
        upsertText(CLAUSE_TRANSLATION.CLAUSE_ID, clauseId, CLAUSE_TRANSLATION.LANGUAGE, language,
                CLAUSE_TRANSLATION.TEXT, text);
    }

    /**
     * Stores the text of a section or clause in one language: a row of its translation table, keyed
     * by what it translates and the language, inserted or else replaced.
     */
    private <R extends Record> void upsertText(TableField<R, Long> translated, long id,
                                               TableField<R, String> languageColumn, String language,
                                               TableField<R, String> textColumn, String text) {
        dsl.insertInto(translated.getTable())
                .set(translated, id)
                .set(languageColumn, language)
                .set(textColumn, text)
                .onConflict(translated, languageColumn)
                .doUpdate()
                .set(textColumn, text)
                .execute();
    }
}
