package org.tsag.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Our stylesheets are served as they are (no build step checks them): an unclosed rule silently
 * swallows every rule after it, so each file's braces must balance and never go negative.
 */
class FrontendStylesTest {

    @Test
    void every_stylesheet_in_frontend_has_balanced_braces() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                int line = 1;
                for (char c : text.toCharArray()) {
                    if (c == '\n') {
                        line++;
                    }
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertThat(depth).as(css + " line " + line).isBetween(0, 2);
                }
                assertThat(depth).as(css + ": unclosed rule").isZero();
            }
        }
    }
}
