package org.tsag.tracker.live;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Starts the database listener unless {@code tracker.live.enabled=false}. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "tracker.live", name = "enabled", havingValue = "true", matchIfMissing = true)
    ChangeListener changeListener(DataSource dataSource, Environment environment, ChangeBroadcaster broadcaster,
                                  LiveProperties properties) {
        ListenConnection connection = ListenConnection.of(dataSource, environment).orElse(null);
        return new ChangeListener(connection, broadcaster, properties.maxBackoff());
    }
}
