package org.tsag.tracker.bench;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Records the SQL that jOOQ sends while recording is on, with the bind values inlined, so that the
 * baseline runs exactly the statements of the service through plain JDBC.
 */
final class SqlRecorder implements ExecuteListener {

    private volatile boolean recording;
    private final List<String> statements = new ArrayList<>();

    synchronized List<String> record(Runnable work) {
        statements.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        return List.copyOf(statements);
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (recording) {
            String sql = ctx.query() != null ? ctx.dsl().renderInlined(ctx.query()) : ctx.sql();
            synchronized (this) {
                statements.add(sql);
            }
        }
    }
}
