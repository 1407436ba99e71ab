package org.tsag.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tsag.tracker.testsupport.PackagedApp;

/**
 * Every view of the packaged app, in English and in Arabic, at desktop (1366x768) and phone (390x844) width,
 * checked by axe-core 4.14 (src/test/resources/axe-core) inside Debian's headless Chromium. Any serious or
 * critical violation fails the test; every result goes to target/axe-results.md (copied into docs/i18n.md).
 */
class AccessibilityIT {

    /** Every route a person opens, with demo data behind it; "login" is seen signed out. */
    static final List<String> VIEWS = List.of("", "items", "items/WTSA24/68-3", "resolutions", "resolutions/68",
            "resolutions/68/compare", "compendium/68", "meeting", "meeting/phone", "my-work", "reports", "exchange",
            "carry-over", "resolutions/import", "audit", "admin/users", "admin/notifications", "account/tokens");
    static final List<String> LANGUAGES = List.of("en", "ar");
    static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {390, 844});

    private static PackagedApp app;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        app = PackagedApp.start("axe-it");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    record Result(String view, String language, String size, List<Map<String, Object>> violations) {

        long count(String... impacts) {
            return violations.stream().filter(v -> List.of(impacts).contains(v.get("impact"))).count();
        }

        String rules(String... impacts) {
            return String.join(", ", violations.stream()
                    .filter(v -> List.of(impacts).contains(v.get("impact")))
                    .map(v -> v.get("id") + " (" + ((List<?>) v.get("nodes")).size() + ")")
                    .toList());
        }
    }

    @Test
    void every_view_passes_axe_core_in_english_and_arabic_at_desktop_and_phone_width() throws IOException {
        List<Result> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (int[] size : SIZES) {
                app.windowSize(size[0], size[1]);
                String sizeName = size[0] + "x" + size[1];
                app.browser().manage().deleteAllCookies();
                results.add(check("login", language, sizeName, failures));
                app.signIn();
                for (String view : VIEWS) {
                    results.add(check(view, language, sizeName, failures));
                }
            }
        }
        write(results);
        assertThat(failures).as("serious or critical axe-core violations (see target/axe-results.md)").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Result check(String view, String language, String size, List<String> failures) {
        app.open(view + (view.contains("?") ? "&" : "?") + "lang=" + language);
        // the bootstrap page carries the language the session had; the UI's first response switches
        // lang and dir to the one asked for: wait for it (up to 15 s) rather than read it mid-switch
        String wanted = "ar".equals(language) ? "rtl" : "ltr";
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(app.browser(), java.time.Duration.ofSeconds(15)).until(d ->
                    Boolean.TRUE.equals(app.script("""
                            const dir = document.documentElement.getAttribute('dir') || document.dir || 'ltr';
                            return document.documentElement.lang.startsWith(arguments[0]) && dir === arguments[1];
                            """, language, wanted)));
        } catch (org.openqa.selenium.TimeoutException notSwitched) {
            // reported below with what the page says
        }
        String dir = (String) app.script("return document.documentElement.getAttribute('dir') || document.dir || 'ltr';");
        String lang = (String) app.script("return document.documentElement.lang;");
        if ("ar".equals(language) && !"rtl".equals(dir)) {
            failures.add("/" + view + " ar " + size + ": the page is not right to left (dir=" + dir + ")");
        }
        if (!lang.startsWith(language)) {
            failures.add("/" + view + " " + language + " " + size + ": the page's lang is " + lang);
        }
        app.script(axe);
        Object answer = ((org.openqa.selenium.JavascriptExecutor) app.browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer;
        Result result = new Result(view.isEmpty() ? "dashboard" : view, language, size, violations);
        for (Map<String, Object> v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                failures.add("/" + view + " " + language + " " + size + ": " + v.get("impact") + " " + v.get("id")
                        + " - " + v.get("help") + "\n      " + String.join("\n      ", (List<String>) v.get("nodes")));
            }
        }
        return result;
    }

    private static void write(List<Result> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| view | language | size | critical + serious | moderate + minor | rules (nodes) |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Result r : results) {
            String rules = r.rules("critical", "serious", "moderate", "minor");
            md.append("| /").append(r.view().equals("dashboard") ? "" : r.view())
                    .append(" | ").append(r.language())
                    .append(" | ").append(r.size())
                    .append(" | ").append(r.count("critical", "serious"))
                    .append(" | ").append(r.count("moderate", "minor"))
                    .append(" | ").append(rules.isEmpty() ? "none" : rules)
                    .append(" |\n");
        }
        Files.writeString(Path.of("target", "axe-results.md"), md.toString());
        StringBuilder details = new StringBuilder();
        for (Result r : results) {
            for (Map<String, Object> v : r.violations()) {
                details.append(r.view()).append(' ').append(r.language()).append(' ').append(r.size()).append(": ")
                        .append(v.get("impact")).append(' ').append(v.get("id")).append(" - ").append(v.get("help"))
                        .append('\n');
                for (Object node : (List<?>) v.get("nodes")) {
                    details.append("    ").append(node).append('\n');
                }
            }
        }
        Files.writeString(Path.of("target", "axe-details.txt"), details.toString());
    }
}
