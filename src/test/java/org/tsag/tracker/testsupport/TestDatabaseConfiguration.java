package org.tsag.tracker.testsupport;

import javax.sql.DataSource;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Replaces the embedded server of the application with the per-class test databases, and shares
 * one security-context strategy among the Spring contexts of the test JVM: each context would
 * otherwise install its own as the JVM-wide SecurityContextHolder strategy, and a cached context
 * would then read another context's holder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    private static final SecurityContextHolderStrategy SHARED_STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    DataSource dataSource() {
        return new RoutingTestDataSource();
    }

    @Bean
    @Primary
    SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
        return SHARED_STRATEGY;
    }
}
