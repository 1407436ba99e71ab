package org.tsag.tracker.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.security.DemoUsers;
import org.tsag.tracker.base.TrackerProperties;
import org.tsag.tracker.base.database.EmbeddedPostgresServer;
import org.tsag.tracker.notification.NotificationAdminService;

/**
 * On start, before the web server opens: loads the demo data into an empty database (by default only the embedded one), and
 * generates the synthetic dataset when {@code --demo-scale=N} asks for it.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int EVENTS_PER_ITEM = 20;

    private final TrackerProperties properties;
    private final DemoDataService demo;
    private final SyntheticDataService synthetic;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final DemoUsers demoUsers;
    private final NotificationAdminService notifications;

    DemoDataLoader(TrackerProperties properties, DemoDataService demo, SyntheticDataService synthetic,
                   ObjectProvider<EmbeddedPostgresServer> embedded, DemoUsers demoUsers,
                   NotificationAdminService notifications) {
        this.demoUsers = demoUsers;
        this.notifications = notifications;
        this.properties = properties;
        this.demo = demo;
        this.synthetic = synthetic;
        this.embedded = embedded;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean wanted = switch (properties.demo().mode()) {
            case OFF -> false;
            case ON -> true;
            case AUTO -> embedded.getIfAvailable() != null;
        };
        SystemAuthentication.run(() -> {
            if (wanted && demo.databaseIsEmpty()) {
                log.info("Empty database: loading the demo data");
                demo.loadIfEmpty();
                demoUsers.create();
                // the TSB demo user answers for TSB's items, the chair for TSAG's; the demo's history is no news
                notifications.demoLoaded();
            }
            int scale = properties.demo().scale();
            if (scale > 0) {
                log.info("Generating {} synthetic items (--demo-scale)", scale);
                synthetic.generate(scale, EVENTS_PER_ITEM);
                notifications.demoLoaded();
            }
        });
    }
}
