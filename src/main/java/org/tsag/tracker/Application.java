package org.tsag.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.tsag.tracker.base.database.EmbeddedPostgresEarlyStart;

/**
 * Starts the tracker. Without arguments, or with Spring options only, it serves the web
 * application; a leading command word (see {@link org.tsag.tracker.cli.CommandLine}) runs a
 * command instead, some of them without a database or web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (org.tsag.tracker.cli.CommandLine.handles(args)) {
            System.exit(org.tsag.tracker.cli.CommandLine.run(args, Application.class));
        }
        SpringApplication application = new SpringApplication(Application.class);
        // boots the embedded PostgreSQL while Spring sets up the rest (nothing when an external one is configured)
        application.addListeners(new EmbeddedPostgresEarlyStart());
        if (org.tsag.tracker.base.TrainingRun.requested()) {
            // the AOT cache's training run of `package`: serve, visit the first pages, exit
            application.addListeners(new org.tsag.tracker.base.TrainingRun());
        }
        application.run(args);
    }
}
