package org.tsag.tracker.security;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.tsag.tracker.db.Tables.LOGIN_FAILURE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about failed sign-ins (see {@link LoginLimits}). */
@Repository
class LoginFailureRepository {

    /** A client group's recent failures: how many and the latest. */
    record ClientFailures(int count, Instant last) {
    }

    private final DSLContext dsl;

    LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void record(String email, String client, Instant at) {
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.EMAIL, email)
                .set(LOGIN_FAILURE.CLIENT, client)
                .set(LOGIN_FAILURE.FAILED_AT, at(at))
                .execute();
    }

    List<Instant> accountFailures(String email, String client, Instant since) {
        return dsl.select(LOGIN_FAILURE.FAILED_AT)
                .from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.EMAIL.eq(email))
                .and(LOGIN_FAILURE.CLIENT.eq(client))
                .and(LOGIN_FAILURE.FAILED_AT.gt(at(since)))
                .orderBy(LOGIN_FAILURE.FAILED_AT)
                .fetch(r -> r.value1().toInstant());
    }

    ClientFailures clientFailures(String client, Instant since) {
        return dsl.select(count(), max(LOGIN_FAILURE.FAILED_AT))
                .from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.CLIENT.eq(client))
                .and(LOGIN_FAILURE.FAILED_AT.gt(at(since)))
                .fetchSingle(r -> new ClientFailures(r.value1(), r.value2() == null ? null : r.value2().toInstant()));
    }

    /** After a successful sign-in, that account's failures from that client are forgotten. */
    void forget(String email, String client) {
        dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.EMAIL.eq(email))
                .and(LOGIN_FAILURE.CLIENT.eq(client))
                .execute();
    }

    void deleteBefore(Instant before) {
        dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.FAILED_AT.lt(at(before)))
                .execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
