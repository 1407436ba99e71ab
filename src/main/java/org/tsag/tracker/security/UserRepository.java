package org.tsag.tracker.security;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.APP_ROLE;
import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.APP_USER_ROLE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.tsag.tracker.base.database.LinkRows;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** All SQL about users and roles. */
@Repository
class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What sign-in needs to know about a user. */
    record Credentials(long id, String email, String passwordHash, boolean enabled, List<String> roles) {
    }

    Optional<Credentials> findCredentials(String email) {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.EMAIL,
                        APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED,
                        roles())
                .from(APP_USER)
                .where(APP_USER.EMAIL.eq(email))
                .fetchOptional(Records.mapping(Credentials::new));
    }

    private static org.jooq.Field<List<String>> roles() {
        return multiset(select(APP_USER_ROLE.ROLE)
                .from(APP_USER_ROLE)
                .where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .orderBy(APP_USER_ROLE.ROLE))
                .convertFrom(r -> r.map(Record1::value1));
    }

    List<UserAccount> findAll() {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.EMAIL,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ENABLED,
                        APP_USER.OIDC_SUBJECT.isNotNull(),
                        APP_USER.LOCKED_UNTIL,
                        APP_USER.LAST_SIGN_IN_AT,
                        roles(),
                        APP_USER.VERSION)
                .from(APP_USER)
                .orderBy(APP_USER.EMAIL)
                .fetch(Records.mapping(UserAccount::new));
    }

    long count() {
        return dsl.fetchCount(APP_USER);
    }

    boolean adminExists() {
        return dsl.fetchExists(APP_USER_ROLE, APP_USER_ROLE.ROLE.eq("ADMIN"));
    }

    boolean exists(String email) {
        return dsl.fetchExists(APP_USER, APP_USER.EMAIL.eq(email));
    }

    /** Whether any of these accounts can sign in with a password. */
    boolean anyCanSignIn(Collection<String> emails) {
        return dsl.fetchExists(APP_USER, APP_USER.EMAIL.in(emails)
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.PASSWORD_HASH.isNotNull()));
    }

    long insert(String email, String displayName, String passwordHash) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    long insertSingleSignOn(String email, String displayName, String issuer, String subject) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.OIDC_ISSUER, issuer)
                .set(APP_USER.OIDC_SUBJECT, subject)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    Optional<Long> findBySubject(String issuer, String subject) {
        return dsl.fetchOptionalValue(APP_USER.ID,
                APP_USER.OIDC_ISSUER.eq(issuer).and(APP_USER.OIDC_SUBJECT.eq(subject)));
    }

    Optional<Long> findIdByEmail(String email) {
        return dsl.fetchOptionalValue(APP_USER.ID, APP_USER.EMAIL.eq(email));
    }

    void linkSubject(long userId, String issuer, String subject) {
        dsl.update(APP_USER)
                .set(APP_USER.OIDC_ISSUER, issuer)
                .set(APP_USER.OIDC_SUBJECT, subject)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    List<String> rolesOf(long userId) {
        return dsl.select(APP_USER_ROLE.ROLE)
                .from(APP_USER_ROLE)
                .where(APP_USER_ROLE.USER_ID.eq(userId))
                .orderBy(APP_USER_ROLE.ROLE)
                .fetch(Record1::value1);
    }

    /** @return false when someone else changed the user first (optimistic lock) */
    boolean updateRoles(long userId, int expectedVersion, Collection<String> roles) {
        int updated = dsl.update(APP_USER)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .and(APP_USER.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(APP_USER_ROLE)
                .where(APP_USER_ROLE.USER_ID.eq(userId))
                .and(APP_USER_ROLE.ROLE.notIn(roles))
                .execute();
        addRoles(userId, roles);
        return true;
    }

    void addRoles(long userId, Collection<String> roles) {
        LinkRows.link(dsl, APP_USER_ROLE.USER_ID, userId, APP_USER_ROLE.ROLE, roles);
    }

    boolean setEnabled(long userId, int expectedVersion, boolean enabled) {
        return dsl.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .and(APP_USER.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Stamps a successful sign-in; the version stays, so that an admin's open edit is not made stale by it. */
    void recordSignIn(String email, java.time.OffsetDateTime at) {
        dsl.update(APP_USER)
                .set(APP_USER.LAST_SIGN_IN_AT, at)
                .where(APP_USER.EMAIL.eq(email))
                .execute();
    }

    void setPasswordHash(long userId, String hash) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    List<String> roleCodes() {
        return dsl.select(APP_ROLE.CODE).from(APP_ROLE).orderBy(APP_ROLE.POSITION).fetch(Record1::value1);
    }
}
