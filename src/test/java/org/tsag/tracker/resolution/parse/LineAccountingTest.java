package org.tsag.tracker.resolution.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No input line is ever dropped silently: every line of every test text is in the result or ignored with a reason. */
class LineAccountingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/resolution/res68-citel-mod-wtsa24.txt",
        "/resolution/res101-clean-new-resolution.txt",
        "/resolution/res77-two-digit-renumbering.txt",
        "/resolution/res40-other-sections.txt",
        "/resolution/res55-joined-heading.txt",
        "/demo/res68-rev2016.txt",
        "/demo/res68-rev2024.txt"
    })
    void every_line_is_accounted_for(String resource) throws IOException, ResolutionParseException {
        String text;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        LineAccounting.assertEveryLineAccountedFor(text, new ResolutionParser().parse(text));
    }
}
