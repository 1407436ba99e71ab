package org.tsag.tracker.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.resolution.DuplicateRevisionException;
import org.tsag.tracker.resolution.ImportRejectedException;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.RevisionImports;
import org.tsag.tracker.resolution.parse.ParseOptions;
import org.tsag.tracker.resolution.parse.ParsedClause;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ParsedSection;
import org.tsag.tracker.resolution.parse.ResolutionParseException;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.resolution.parse.RevisionRef;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code resolution parse FILE} (no database, no web server) and {@code resolution import FILE}. Both
 * write their result, and only it, to standard output: while they run, anything else written there
 * (log lines of the libraries, of Spring, the first administrator's password) goes to standard error.
 * An import is validated completely before anything is written, and every refusal names the line.
 */
final class ResolutionCommands {

    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private ResolutionCommands() {
    }

    static int parse(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("Usage: java -jar tsag-tracker.jar resolution parse FILE");
            return 2;
        }
        PrintStream stdout = System.out;
        System.setOut(err);
        try {
            ParsedResolution parsed = read(Path.of(args.getFirst()));
            JsonMapper mapper = JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build();
            // streamed to the output, never built as one string in memory
            mapper.writeValue(new Unclosed(out), Json.of(parsed));
            out.println();
            out.flush();
            return 0;
        } catch (UnreadableInput e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            System.setOut(stdout);
        }
    }

    static int importFile(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
        if (args.isEmpty()) {
            err.println("Usage: java -jar tsag-tracker.jar resolution import FILE [--spring.datasource.url=...]");
            return 2;
        }
        PrintStream stdout = System.out;
        System.setOut(err);
        try {
            return importFile(Path.of(args.getFirst()), args.subList(1, args.size()), out, err, application);
        } finally {
            System.setOut(stdout);
        }
    }

    private static int importFile(Path file, List<String> springArgs, PrintStream out, PrintStream err,
                                  Class<?> application) {
        ParsedResolution parsed;
        RevisionImport revision;
        try {
            parsed = read(file);
            revision = RevisionImports.from(parsed, "Imported from " + file.getFileName(), textOf(file), true);
            RevisionImports.check(revision, parsed);
        } catch (UnreadableInput e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException | ImportRejectedException e) {
            err.println("Not imported: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.offlineContext(application, importContextArgs(springArgs))) {
            SystemAuthentication.run(() -> context.getBean(ResolutionService.class).importRevision(revision));
            out.printf("Imported Resolution %s (Rev. %s, %d): %d sections, %d warnings.%n",
                    revision.number(), revision.place(), revision.year(), revision.sections().size(),
                    parsed.warnings().size());
            return 0;
        } catch (DuplicateRevisionException e) {
            err.println(e.getMessage());
            return 1;
        } catch (ImportRejectedException e) {
            err.println("Not imported: line " + RevisionImports.lineOf(parsed, e.section(), e.clause()) + ": " + e.getMessage());
            return 2;
        } catch (DataAccessException e) {
            err.println("Not imported: the database refused the revision (" + e.getMostSpecificCause().getMessage()
                    + "); nothing was written.");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("Not imported: " + e.getMessage());
            return 2;
        }
    }

    /** The first administrator is created by the first start of the web application, which shows its password there. */
    static List<String> importContextArgs(List<String> springArgs) {
        List<String> contextArgs = new ArrayList<>(springArgs);
        contextArgs.add("--tracker.admin.create=false");
        return contextArgs;
    }

    /** The revision that {@code resolution import FILE} stores, as read from the file. */
    static RevisionImport revisionOf(Path file) throws IOException {
        return RevisionImports.from(read(file), "Imported from " + file.getFileName(), textOf(file), true);
    }

    private static String textOf(Path file) {
        try {
            return ResolutionParser.textOf(bytes(file));
        } catch (ResolutionParseException e) {
            return null;
        }
    }

    private static byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UnreadableInput("Cannot read " + file + ": no such readable file.");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableInput("Cannot read " + file + ": it is larger than " + MAX_FILE_BYTES / 1024 / 1024
                        + " MB, far more than any resolution.");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInput("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static ParsedResolution read(Path file) {
        byte[] bytes = bytes(file);
        try {
            return new ResolutionParser().parseFile(bytes, ParseOptions.NONE);
        } catch (ResolutionParseException e) {
            throw new UnreadableInput("Cannot parse " + file + (e.line() > 0 && !e.getMessage().startsWith("Line ")
                    ? " (line " + e.line() + ")" : "") + ": " + e.getMessage());
        }
    }

    private static final class UnreadableInput extends RuntimeException {
        UnreadableInput(String message) {
            super(message);
        }
    }

    /** Standard output for the JSON writer: flushed, never closed. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The JSON shape of {@code resolution parse}, field for field. */
    record Json(String number, String title, Revision revision, Revision previousRevision, List<Revision> history,
                List<Section> sections, List<String> footnotes, List<Evidence> changeEvidence, List<Flag> flags,
                List<Warning> warnings, List<Ignored> ignored) {

        record Revision(String place, int year) {
            static Revision of(RevisionRef ref) {
                return ref == null ? null : new Revision(ref.place(), ref.year());
            }
        }

        record Section(String heading, String previousHeading, String kind, String addressee, List<String> addressees,
                       int line, List<Clause> clauses) {
        }

        record Clause(String label, String previousLabel, String change, String text, List<String> subItems,
                      List<String> footnotes, int line) {
        }

        record Evidence(int line, String reason) {
        }

        record Flag(int line, String kind, String text, String message) {
        }

        record Warning(int line, String message) {
        }

        record Ignored(int line, String text, String reason) {
        }

        static Json of(ParsedResolution p) {
            return new Json(
                    p.number(),
                    p.title(),
                    Revision.of(p.revision()),
                    Revision.of(p.previousRevision()),
                    p.history().stream().map(Revision::of).toList(),
                    p.sections().stream().map(Json::section).toList(),
                    p.footnotes(),
                    p.changeEvidence().stream().map(e -> new Evidence(e.line(), e.reason())).toList(),
                    p.flags().stream().map(f -> new Flag(f.line(), f.kind().name(), f.text(), f.message())).toList(),
                    p.warnings().stream().map(w -> new Warning(w.line(), w.message())).toList(),
                    p.ignored().stream().map(i -> new Ignored(i.line(), i.text(), i.reason())).toList());
        }

        private static Section section(ParsedSection s) {
            return new Section(s.heading(), s.previousHeading(), s.kind().name(), s.addressee(), s.addressees(), s.line(),
                    s.clauses().stream().map(Json::clause).toList());
        }

        private static Clause clause(ParsedClause c) {
            return new Clause(c.label(), c.previousLabel(), c.change().name(), c.text(), c.subItems(),
                    c.footnotes(), c.line());
        }
    }
}
