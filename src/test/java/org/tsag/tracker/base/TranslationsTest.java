package org.tsag.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** English is complete, every locale has the same keys, and every key the code asks for exists. */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    @Test
    void every_locale_has_the_same_keys_as_english() throws IOException {
        Set<String> english = load(BUNDLES.resolve("translations.properties")).stringPropertyNames();
        assertThat(english).isNotEmpty();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("translations_")).toList()) {
                assertThat(load(file).stringPropertyNames()).as(file.toString()).isEqualTo(english);
            }
        }
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties english = load(BUNDLES.resolve("translations.properties"));
        Pattern call = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    assertThat(english.getProperty(m.group(1))).as(m.group(1) + " in " + source).isNotBlank();
                }
            }
        }
    }

    @Test
    void english_values_are_not_empty() throws IOException {
        Properties english = load(BUNDLES.resolve("translations.properties"));
        List<String> empty = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).isBlank()).toList();
        assertThat(empty).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
