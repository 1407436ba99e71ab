package org.tsag.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated reports, kept under target/reports so that a person can open them after the tests. */
final class ReportFiles {

    interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    static byte[] generate(String name, Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
