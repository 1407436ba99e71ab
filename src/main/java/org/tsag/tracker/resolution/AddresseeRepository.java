package org.tsag.tracker.resolution;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.ENTITY_ALIAS;

import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Entities created from a resolution's addressees on import, with the addressee text as their alias. */
@Repository
class AddresseeRepository {

    private final DSLContext dsl;

    AddresseeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Set<String> findCodes() {
        return dsl.select(ENTITY.CODE)
                .from(ENTITY)
                .fetchSet(ENTITY.CODE)
                .stream()
                .collect(Collectors.toSet());
    }

    long insertEntity(String code, String name, String kind) {
        int position = dsl.select(coalesce(max(ENTITY.POSITION), 0))
                .from(ENTITY)
                .fetchOne()
                .value1() + 1;
        return dsl.insertInto(ENTITY)
                .set(ENTITY.CODE, code)
                .set(ENTITY.NAME, name)
                .set(ENTITY.KIND, kind)
                .set(ENTITY.POSITION, position)
                .returning(ENTITY.ID)
                .fetchOne()
                .getId();
    }

    void insertAlias(long entityId, String alias) {
        dsl.insertInto(ENTITY_ALIAS)
                .set(ENTITY_ALIAS.ENTITY_ID, entityId)
                .set(ENTITY_ALIAS.ALIAS, alias)
                .onConflictDoNothing()
                .execute();
    }
}
