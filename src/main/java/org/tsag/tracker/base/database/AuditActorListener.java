package org.tsag.tracker.base.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Update;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.exception.DataAccessException;
import org.tsag.tracker.base.CurrentUser;

/**
 * Names the acting user for the audit triggers: before each write, sets the transaction-local
 * setting {@code tracker.actor}, which the trigger copies into {@code audit_log}.
 */
public class AuditActorListener implements ExecuteListener {

    @Override
    public void executeStart(ExecuteContext ctx) {
        // INSERT ... RETURNING runs as a query, so look at the statement, not only the execute type
        boolean write = ctx.type() == ExecuteType.WRITE || ctx.type() == ExecuteType.BATCH
                || ctx.query() instanceof Insert<?> || ctx.query() instanceof Update<?>
                || ctx.query() instanceof Delete<?> || ctx.query() instanceof Merge<?>;
        if (!write) {
            return;
        }
        Connection connection = ctx.connection();
        try (PreparedStatement statement = connection.prepareStatement("select set_config('tracker.actor', ?, true)")) {
            statement.setString(1, CurrentUser.actor());
            statement.execute();
        } catch (SQLException e) {
            throw new DataAccessException("Could not name the acting user for the audit journal", e);
        }
    }
}
