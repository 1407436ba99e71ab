package org.tsag.tracker.audit;

import static org.tsag.tracker.db.Tables.AUDIT_LOG;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads the audit journal; nothing here writes to it (the triggers do). */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return dsl.select(
                        AUDIT_LOG.ID,
                        AUDIT_LOG.OCCURRED_AT,
                        AUDIT_LOG.ACTOR,
                        AUDIT_LOG.ACTION,
                        AUDIT_LOG.TABLE_NAME,
                        AUDIT_LOG.ROW_KEY,
                        AUDIT_LOG.OLD_VALUES.cast(String.class),
                        AUDIT_LOG.NEW_VALUES.cast(String.class))
                .from(AUDIT_LOG)
                .where(condition(filter))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, condition(filter));
    }

    List<String> tables() {
        return dsl.selectDistinct(AUDIT_LOG.TABLE_NAME)
                .from(AUDIT_LOG)
                .orderBy(AUDIT_LOG.TABLE_NAME)
                .fetch(Record1::value1);
    }

    private static Condition condition(AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.table() != null) {
            conditions.add(AUDIT_LOG.TABLE_NAME.eq(filter.table()));
        }
        if (filter.actor() != null) {
            conditions.add(AUDIT_LOG.ACTOR.eq(filter.actor()));
        }
        if (filter.action() != null) {
            conditions.add(AUDIT_LOG.ACTION.eq(filter.action()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return DSL.and(conditions);
    }
}
