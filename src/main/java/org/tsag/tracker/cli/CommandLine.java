package org.tsag.tracker.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tsag.tracker.Application;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.security.DemoUsers;

/**
 * The commands of the jar. {@code demo load} loads the demo data into the configured database
 * when it is empty; {@code backup export|import FILE} write or read a full JSON backup. Exit
 * codes: 0 done, 1 refused, 2 bad input or usage.
 */
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("demo", "resolution", "backup");

    private CommandLine() {
    }

    /** True when the first argument is a command word rather than a Spring option. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return run(List.of(args), System.out, System.err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = String.join(" ", args.subList(0, Math.min(2, args.size())));
        List<String> rest = args.subList(Math.min(2, args.size()), args.size());
        return switch (command) {
            case "demo load" -> demoLoad(rest, out, err);
            case "resolution parse" -> ResolutionCommands.parse(rest, out, err);
            case "resolution import" -> ResolutionCommands.importFile(rest, out, err);
            case "backup export" -> BackupCommands.export(rest, out, err);
            case "backup import" -> BackupCommands.importFile(rest, out, err);
            default -> usage(err);
        };
    }

    private static int demoLoad(List<String> springArgs, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = offlineContext(springArgs)) {
            boolean loaded = SystemAuthentication.call(() -> context.getBean(DemoDataService.class).loadIfEmpty());
            if (loaded) {
                SystemAuthentication.run(() -> context.getBean(DemoUsers.class).create());
            }
            if (loaded) {
                out.println("Demo data loaded.");
                return 0;
            }
            err.println("The database already holds data; demo data is only loaded into an empty database.");
            return 1;
        }
    }

    /** The application without an open HTTP port, with demo loading left to the command. */
    static ConfigurableApplicationContext offlineContext(List<String> springArgs) {
        String[] args = java.util.stream.Stream.concat(
                        springArgs.stream(),
                        // a web application context (Vaadin's and Spring Security's beans need one),
                        // but no HTTP port is opened, and no screens to keep live
                        java.util.stream.Stream.of("--tracker.demo.mode=off", "--spring.main.banner-mode=off",
                                "--server.port=-1", "--tracker.live.enabled=false"))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(args);
    }

    private static int usage(PrintStream err) {
        err.println("""
                Usage: java -jar tsag-tracker.jar [COMMAND]
                  (no command)              start the web application
                  resolution parse FILE     print the structure of a resolution (.txt or .docx) as JSON
                  resolution import FILE    import a resolution revision into the configured database
                  demo load                 load the demo data into the configured database, if it is empty
                  backup export FILE        write all data of the configured database to FILE (JSON)
                  backup import FILE        read a backup into the configured database, which must be new and empty""");
        return 2;
    }

}
