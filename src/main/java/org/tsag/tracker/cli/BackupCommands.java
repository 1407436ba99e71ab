package org.tsag.tracker.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.tsag.tracker.backup.BackupRejectedException;
import org.tsag.tracker.backup.BackupService;
import org.tsag.tracker.backup.BackupSummary;
import org.tsag.tracker.base.SystemAuthentication;

/**
 * {@code backup export FILE} writes the configured database as one JSON file; {@code backup import
 * FILE} reads such a file into a new, empty database (the first administrator is then not
 * created: the backup brings its users).
 */
final class BackupCommands {

    private BackupCommands() {
    }

    static int export(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
        if (args.isEmpty() || args.getFirst().startsWith("--")) {
            err.println("Usage: java -jar tsag-tracker.jar backup export FILE [--spring.datasource.url=...]");
            return 2;
        }
        Path file = Path.of(args.getFirst());
        if (Files.exists(file)) {
            err.println(file + " exists already; choose a new file name.");
            return 2;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (ConfigurableApplicationContext context = CommandLine.offlineContext(application, args.subList(1, args.size()))) {
            BackupSummary summary;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                summary = SystemAuthentication.call(() -> context.getBean(BackupService.class).exportTo(stream));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Exported %d rows of %d tables (schema version %s) to %s.%n", summary.totalRows(),
                    summary.rows().size(), summary.schemaVersion(), file);
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 2;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to tidy
            }
        }
    }

    static int importFile(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
        if (args.isEmpty() || args.getFirst().startsWith("--")) {
            err.println("Usage: java -jar tsag-tracker.jar backup import FILE [--spring.datasource.url=...]");
            return 2;
        }
        Path file = Path.of(args.getFirst());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("Cannot read " + file + ": no such readable file.");
            return 2;
        }
        List<String> springArgs = new ArrayList<>(args.subList(1, args.size()));
        // the backup brings the users; a first administrator would make the database non-empty
        springArgs.add("--tracker.admin.create=false");
        try (ConfigurableApplicationContext context = CommandLine.offlineContext(application, springArgs);
             InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            BackupSummary summary = SystemAuthentication.call(() -> context.getBean(BackupService.class).importFrom(stream));
            out.printf("Imported %d rows of %d tables (schema version %s) from %s.%n", summary.totalRows(),
                    summary.rows().size(), summary.schemaVersion(), file);
            return 0;
        } catch (BackupRejectedException e) {
            err.println("Not imported: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
