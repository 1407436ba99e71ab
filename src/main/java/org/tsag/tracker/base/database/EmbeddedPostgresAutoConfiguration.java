package org.tsag.tracker.base.database;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.tsag.tracker.base.TrackerProperties;

/**
 * When no datasource is configured, the tracker runs on its own embedded PostgreSQL, whose files
 * live in {@code <tracker.data-dir>/postgres}. Setting {@code spring.datasource.url} switches
 * this off and Spring Boot connects to that server instead. When the application was started
 * through {@code Application.main}, the server is already booting in the background
 * ({@link EmbeddedPostgresEarlyStart}) and this only waits for it.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(TrackerProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(TrackerProperties properties,
            ObjectProvider<EmbeddedPostgresEarlyStart.Started> early, Environment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            // only reachable with Spring AOT, whose conditions were evaluated when the jar was built
            throw new IllegalStateException("""
                    spring.datasource.url is set, but this start uses Spring AOT (-Dspring.aot.enabled=true), \
                    whose bean definitions were made at build time for the embedded PostgreSQL. \
                    What to do: start without -Dspring.aot.enabled=true to use an external database.""");
        }
        Path directory = properties.dataDir().resolve("postgres");
        EmbeddedPostgresEarlyStart.Started started = early.getIfAvailable();
        boolean fastUnsafe = environment.getProperty(EmbeddedPostgresServer.FAST_UNSAFE, Boolean.class, false);
        return Optional.ofNullable(started).flatMap(s -> s.take(directory))
                .orElseGet(() -> EmbeddedPostgresServer.start(directory, fastUnsafe));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setPoolName("tracker");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
