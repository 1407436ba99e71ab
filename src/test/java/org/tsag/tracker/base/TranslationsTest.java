package org.tsag.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * English is complete; the five other UN languages exist with the same keys and the same placeholders;
 * every value is a valid {@link MessageFormat} pattern whose placeholders survive formatting; every key
 * the code asks for exists. When this fails after you added a key, add it, translated, to every
 * {@code translations_xx.properties} file.
 */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final List<String> LANGUAGES = List.of("ar", "zh", "fr", "ru", "es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,[^}]*)?}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    @Test
    void every_un_language_has_a_bundle() {
        for (String language : LANGUAGES) {
            assertThat(bundle(language)).as("translations_" + language + ".properties").exists();
        }
    }

    @Test
    void every_locale_has_the_same_keys_as_english() throws IOException {
        Set<String> english = load(BUNDLES.resolve("translations.properties")).stringPropertyNames();
        assertThat(english).isNotEmpty();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("translations_")).toList()) {
                Set<String> keys = load(file).stringPropertyNames();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(keys);
                Set<String> extra = new TreeSet<>(keys);
                extra.removeAll(english);
                assertThat(missing).as("keys missing in " + file).isEmpty();
                assertThat(extra).as("keys in " + file + " that English does not have").isEmpty();
            }
        }
    }

    @Test
    void every_translation_has_the_placeholders_of_english() throws IOException {
        Properties english = load(BUNDLES.resolve("translations.properties"));
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties translated = load(bundle(language));
            for (String key : english.stringPropertyNames()) {
                String value = translated.getProperty(key);
                if (value != null && !placeholders(value).equals(placeholders(english.getProperty(key)))) {
                    problems.add(language + ": " + key + " has " + placeholders(value)
                            + " but English has " + placeholders(english.getProperty(key)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A lone ' in a pattern quotes the rest away: "l'{0}" would show "l{0}". Placeholders must come through. */
    @Test
    void every_placeholder_survives_message_formatting() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : languagesWithEnglish()) {
            Properties values = load(language.isEmpty() ? BUNDLES.resolve("translations.properties") : bundle(language));
            for (String key : values.stringPropertyNames()) {
                String value = values.getProperty(key);
                Set<String> expected = placeholders(value);
                if (expected.isEmpty()) {
                    if (value.contains("''")) {
                        problems.add(language + ": " + key + " has no placeholder, so '' is shown doubled");
                    }
                    continue;
                }
                try {
                    Object[] arguments = arguments(value);
                    String formatted = new MessageFormat(value, Locale.ROOT).format(arguments);
                    for (int i = 0; i < arguments.length; i++) {
                        if (arguments[i] != null && !formatted.contains(String.valueOf(arguments[i]))) {
                            problems.add(language + ": " + key + " loses {" + i + "} (an unescaped apostrophe?)");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(language + ": " + key + " is not a valid pattern: " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translations_are_not_blank() throws IOException {
        List<String> blank = new ArrayList<>();
        for (String language : languagesWithEnglish()) {
            Properties values = load(language.isEmpty() ? BUNDLES.resolve("translations.properties") : bundle(language));
            values.stringPropertyNames().stream()
                    .filter(k -> values.getProperty(k).isBlank())
                    .forEach(k -> blank.add(language + ": " + k));
        }
        assertThat(blank).isEmpty();
    }

    /** In Arabic, Chinese and Russian, an English sentence left as it is shows itself by its Latin words. */
    @Test
    void non_latin_languages_do_not_keep_english_words() throws IOException {
        Properties english = load(BUNDLES.resolve("translations.properties"));
        List<String> untranslated = new ArrayList<>();
        for (String language : List.of("ar", "zh", "ru")) {
            Properties translated = load(bundle(language));
            for (String key : english.stringPropertyNames()) {
                String value = translated.getProperty(key);
                if (value != null && value.equals(english.getProperty(key))
                        && LATIN_WORD.matcher(PLACEHOLDER.matcher(value).replaceAll("")).find()) {
                    untranslated.add(language + ": " + key + "=" + value);
                }
            }
        }
        assertThat(untranslated).isEmpty();
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

    private static List<String> languagesWithEnglish() {
        List<String> all = new ArrayList<>(LANGUAGES);
        all.add("");
        return all;
    }

    private static Path bundle(String language) {
        return BUNDLES.resolve("translations_" + language + ".properties");
    }

    /**
     * The top-level arguments of a pattern: {@code {0}}, {@code {1,number}}; a choice
     * ({@code {0,choice,1#1 item|1<{0} items}}, for plurals) counts as its index alone, {@code {0}},
     * so that a language may say the same with or without a choice.
     */
    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        for (String[] argument : topLevelArguments(value)) {
            found.add("choice".equals(argument[1]) ? "{" + argument[0] + "}"
                    : "{" + argument[0] + (argument[1] == null ? "" : "," + argument[1].replace(" ", "")) + "}");
        }
        return found;
    }

    /** Index and format (or null) of every top-level {@code {...}} outside quotes. */
    private static List<String[]> topLevelArguments(String value) {
        List<String[]> arguments = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int depth = 1;
                int end = i + 1;
                while (end < value.length() && depth > 0) {
                    depth += value.charAt(end) == '{' ? 1 : value.charAt(end) == '}' ? -1 : 0;
                    end++;
                }
                String body = value.substring(i + 1, end - 1);
                String[] parts = body.split(",", 3);
                if (parts[0].trim().matches("\\d+")) {
                    arguments.add(new String[] {parts[0].trim(),
                            parts.length > 1 ? (parts[1].trim().equals("choice") ? "choice"
                                    : body.substring(body.indexOf(',') + 1)) : null});
                }
                i = end - 1;
            }
        }
        return arguments;
    }

    private static Object[] arguments(String value) {
        int max = -1;
        List<Integer> numeric = new ArrayList<>();
        List<Integer> choices = new ArrayList<>();
        Set<Integer> used = new TreeSet<>();
        for (String[] argument : topLevelArguments(value)) {
            int index = Integer.parseInt(argument[0]);
            max = Math.max(max, index);
            used.add(index);
            if (argument[1] != null && argument[1].contains("number")) {
                numeric.add(index);
            }
            if ("choice".equals(argument[1])) {
                choices.add(index);
            }
        }
        Object[] arguments = new Object[max + 1];
        for (int i = 0; i <= max; i++) {
            if (used.contains(i)) {
                // a plural choice gets a count that takes its "many" branch, where the count is shown
                arguments[i] = choices.contains(i) ? Integer.valueOf(7 + i)
                        : numeric.contains(i) ? Integer.valueOf(1000 + i) : "\u27e6" + i + "\u27e7";
            }
        }
        return arguments;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
