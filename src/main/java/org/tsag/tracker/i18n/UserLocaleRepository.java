package org.tsag.tracker.i18n;

import static org.tsag.tracker.db.Tables.APP_USER;

import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The language a user chose, in app_user.locale (V080). */
@Repository
class UserLocaleRepository {

    private final DSLContext dsl;

    UserLocaleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> find(String email) {
        return dsl.fetchOptionalValue(APP_USER.LOCALE, APP_USER.EMAIL.eq(email.toLowerCase(Locale.ROOT)));
    }

    /** A preference, not an edit of the account: the version of the row (the admin's optimistic lock) stays. */
    boolean update(String email, String tag) {
        return dsl.update(APP_USER)
                .set(APP_USER.LOCALE, tag)
                .where(APP_USER.EMAIL.eq(email.toLowerCase(Locale.ROOT)))
                .and(APP_USER.LOCALE.isDistinctFrom(tag))
                .execute() == 1;
    }
}
