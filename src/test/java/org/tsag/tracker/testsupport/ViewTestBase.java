package org.tsag.tracker.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;

/** Browserless view tests: real Spring context, real PostgreSQL, no browser. */
@IntegrationTest
public abstract class ViewTestBase extends SpringBrowserlessTest {
}
