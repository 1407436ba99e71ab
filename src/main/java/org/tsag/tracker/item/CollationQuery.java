package org.tsag.tracker.item;

import java.util.Locale;
import java.util.Set;

import org.jooq.Collation;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The database's ICU collation for a reader's language ({@code fr-x-icu}: "Égypte" with the E's,
 * not after Z as the database's C order puts it), for sorting titles and owners in the grid. Where
 * the server has no ICU, or no collation for the language, there is none and the C order stays.
 */
@Repository
class CollationQuery {

    private final DSLContext dsl;
    /** The ICU collations of the server, read once. */
    private volatile Set<String> icu;

    CollationQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Collation forLocale(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return null;
        }
        Set<String> known = icu;
        if (known == null) {
            known = Set.copyOf(dsl.select(DSL.field(DSL.name("collname"), String.class))
                    .from(DSL.table(DSL.name("pg_catalog", "pg_collation")))
                    .where(DSL.field(DSL.name("collprovider"), String.class).eq("i"))
                    .fetch(Record1::value1));
            icu = known;
        }
        String name = locale.getLanguage() + "-x-icu";
        return known.contains(name) ? DSL.collation(DSL.quotedName(name)) : null;
    }
}
