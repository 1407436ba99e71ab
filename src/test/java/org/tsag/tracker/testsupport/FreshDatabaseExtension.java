package org.tsag.tracker.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Gives each test class a fresh database cloned from the migrated template, and drops it after. */
public final class FreshDatabaseExtension implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshDatabaseExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabases.TestDatabase database = TestDatabases.create();
        context.getStore(NAMESPACE).put("database", database);
        RoutingTestDataSource.use(database);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RoutingTestDataSource.reset();
        TestDatabases.TestDatabase database = context.getStore(NAMESPACE)
                .remove("database", TestDatabases.TestDatabase.class);
        if (database != null) {
            database.close();
        }
    }
}
