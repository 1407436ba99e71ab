package org.tsag.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.tsag.tracker.Application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code resolution parse} and the checks {@code resolution import} makes before it opens any
 * database: standard output carries the result only, and every refusal names its line.
 */
class ResolutionCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Application.class);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parse_writes_only_json_to_standard_output_and_reads_utf16_with_a_byte_order_mark() throws IOException {
        Path file = folder.resolve("res68.txt");
        Files.write(file, ("\uFEFF" + seed()).getBytes(StandardCharsets.UTF_16));

        assertThat(run("resolution", "parse", file.toString())).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("number").asString()).isEqualTo("68");
        assertThat(json.get("sections")).hasSize(7);
        assertThat(json.get("changeEvidence")).isNotEmpty();
        assertThat(json.get("sections").get(6).get("addressees")).hasSize(2);
    }

    @Test
    void parse_of_a_hostile_file_is_refused_with_its_line() throws IOException {
        Path file = folder.resolve("nul.txt");
        Files.writeString(file, "RESOLUTION 1 (Geneva, 2022)\nTitle\nresolves\n1\tto act\u0000 now.");

        assertThat(run("resolution", "parse", file.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr()).contains("Line 4 holds a NUL character");
    }

    @Test
    void import_refuses_what_the_database_would_reject_before_opening_it_naming_the_line() throws IOException {
        Path file = folder.resolve("old.txt");
        Files.writeString(file, "RESOLUTION 1 (Rev. Melbourne, 1900)\nTitle\n"
                + "The World Telecommunication Standardization Assembly (Melbourne, 1900),\nresolves\n1\tto act.");

        assertThat(run("resolution", "import", file.toString(), "--server.port=9123")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr()).startsWith("Not imported: ").contains("year 1900");
    }

    @Test
    void a_setting_given_again_keeps_its_last_value_and_the_import_creates_no_administrator() {
        String[] args = CommandLine.offlineArgs(ResolutionCommands.importContextArgs(
                List.of("--server.port=9123", "--spring.datasource.url=jdbc:postgresql://localhost/x")));

        assertThat(args).containsOnlyOnce("--server.port=-1").doesNotContain("--server.port=9123")
                .contains("--tracker.admin.create=false", "--spring.datasource.url=jdbc:postgresql://localhost/x");
    }

    private static String seed() throws IOException {
        try (InputStream in = ResolutionCommandsTest.class.getResourceAsStream("/resolution/res68-citel-mod-wtsa24.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
