package org.tsag.tracker.base.database;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ settings of the application: Spring Boot adds every ExecuteListenerProvider bean. */
@Configuration(proxyBeanMethods = false)
class AuditJooqConfiguration {

    @Bean
    ExecuteListenerProvider auditActorListener() {
        return new DefaultExecuteListenerProvider(new AuditActorListener());
    }
}
