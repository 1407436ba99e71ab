package org.tsag.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.tsag.tracker.Application;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup commands' usage and file checks, which answer before any database is opened. */
class BackupCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Application.class);
    }

    @Test
    void backup_is_a_command_of_the_jar() {
        assertThat(CommandLine.handles(new String[] {"backup", "export", "x.json"})).isTrue();
        assertThat(run("backup")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("backup export FILE").contains("backup import FILE");
    }

    @Test
    void export_needs_a_new_file_and_import_a_readable_one() throws Exception {
        assertThat(run("backup", "export")).isEqualTo(2);
        Path existing = Files.writeString(folder.resolve("old.json"), "{}");
        assertThat(run("backup", "export", existing.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists already");
        assertThat(run("backup", "import", folder.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such readable file");
    }
}
