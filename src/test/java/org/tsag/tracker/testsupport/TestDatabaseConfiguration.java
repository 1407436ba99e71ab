package org.tsag.tracker.testsupport;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces the embedded server of the application with the per-class test databases. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        return new RoutingTestDataSource();
    }
}
