package org.tsag.tracker.security;

import static org.tsag.tracker.db.Tables.API_TOKEN;
import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.APP_USER_ROLE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL about personal API tokens. */
@Repository
class ApiTokenRepository {

    /** How stale last_used_at may get: each update writes an audit row, so not on every request. */
    static final int LAST_USED_MINUTES = 5;

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Who a token acts for, if it is live: not revoked, and its user enabled. */
    record Holder(long tokenId, String email, boolean singleSignOn, List<String> roles) {
    }

    Optional<Long> findUserId(String email) {
        return dsl.fetchOptionalValue(APP_USER.ID, APP_USER.EMAIL.eq(email));
    }

    long insert(long userId, String name, String hash, String prefix) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.PREFIX, prefix)
                .returning(API_TOKEN.ID)
                .fetchSingle(API_TOKEN.ID);
    }

    List<ApiToken> findByUser(long userId) {
        return dsl.select(
                        API_TOKEN.ID,
                        API_TOKEN.NAME,
                        API_TOKEN.PREFIX,
                        API_TOKEN.CREATED_AT,
                        API_TOKEN.LAST_USED_AT,
                        API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(Records.mapping(ApiToken::new));
    }

    /** @return false when the token is not the user's or was revoked already */
    boolean revoke(long userId, long tokenId) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(API_TOKEN.ID.eq(tokenId))
                .and(API_TOKEN.USER_ID.eq(userId))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    Optional<Holder> findLive(String hash) {
        return dsl.select(
                        API_TOKEN.ID,
                        APP_USER.EMAIL,
                        APP_USER.OIDC_SUBJECT.isNotNull(),
                        DSL.multiset(DSL.select(APP_USER_ROLE.ROLE)
                                        .from(APP_USER_ROLE)
                                        .where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                                        .orderBy(APP_USER_ROLE.ROLE))
                                .convertFrom(r -> r.map(Record1::value1)))
                .from(API_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(APP_USER.ENABLED.isTrue())
                .fetchOptional(Records.mapping(Holder::new));
    }

    void touch(long tokenId, OffsetDateTime now) {
        dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.ID.eq(tokenId))
                .and(API_TOKEN.LAST_USED_AT.isNull()
                        .or(API_TOKEN.LAST_USED_AT.lt(now.minusMinutes(LAST_USED_MINUTES))))
                .execute();
    }
}
