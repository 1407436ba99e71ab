package org.tsag.tracker.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one benchmarks page, {@code docs/benchmarks.md}: a fixed head, then one part per benchmark
 * command between {@code <!-- part NAME -->} and {@code <!-- end NAME -->} (core: grid, start-up and
 * sessions; reports: whole-dataset tasks; peer: Redmine, written by {@code src/test/bench/peer}),
 * then the notes kept by hand below {@link #NOTES_MARKER}. Writing one part keeps the others.
 */
final class BenchmarkPage {

    static final String NOTES_MARKER = "<!-- notes below this line are kept when the benchmarks run again -->";

    /** The order of the parts on the page; unknown parts follow. */
    private static final String[] ORDER = {"core", "reports", "peer"};

    private static final Pattern PART = Pattern.compile("<!-- part (\\w+) -->\\n(.*?)<!-- end \\1 -->\\n?", Pattern.DOTALL);

    private static final String HEAD = """
            # Benchmarks

            Generated, one part per command, each part from one run on the machine it names: medians and
            p95 of many iterations, each task interleaved with its baseline in the same run. `./mvnw -Pbench
            verify` writes the first two parts, `sudo src/test/bench/peer/redmine.sh` the third; the notes
            below the parts (how to reproduce, the targets of issue 14 and where they stand) are written by
            hand and kept. Earlier rounds of measurement and what was tried: [perf/](perf/).

            """;

    private BenchmarkPage() {
    }

    static String withPart(String page, String name, String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String known : ORDER) {
            parts.put(known, null);
        }
        String notes = "";
        int at = page.indexOf(NOTES_MARKER);
        if (at >= 0) {
            notes = page.substring(at + NOTES_MARKER.length()).stripLeading();
        }
        Matcher m = PART.matcher(at >= 0 ? page.substring(0, at) : page);
        while (m.find()) {
            parts.put(m.group(1), m.group(2));
        }
        parts.put(name, body.endsWith("\n") ? body : body + "\n");
        StringBuilder out = new StringBuilder(HEAD);
        parts.forEach((part, text) -> {
            if (text != null) {
                out.append("<!-- part ").append(part).append(" -->\n").append(text).append("<!-- end ").append(part).append(" -->\n\n");
            }
        });
        return out.append(NOTES_MARKER).append("\n\n").append(notes).toString();
    }
}
