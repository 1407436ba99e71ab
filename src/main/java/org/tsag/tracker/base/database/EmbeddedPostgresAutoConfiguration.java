package org.tsag.tracker.base.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.tsag.tracker.base.TrackerProperties;

/**
 * When no datasource is configured, the tracker runs on its own embedded PostgreSQL, whose files
 * live in {@code <tracker.data-dir>/postgres}. Setting {@code spring.datasource.url} switches
 * this off and Spring Boot connects to that server instead.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(TrackerProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(TrackerProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir().resolve("postgres"));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPoolName("tracker");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
