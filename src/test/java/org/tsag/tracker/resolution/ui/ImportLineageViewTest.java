package org.tsag.tracker.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImports;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.testsupport.ViewTestBase;

/** With the 2016 revision stored, the import proposes lineage for the 2024 text and lets a person change it. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ImportLineageViewTest extends ViewTestBase {

    private static final String TSB = "resolves to instruct the Director of the Telecommunication Standardization Bureau";

    @Autowired
    ResolutionService service;

    @Test
    void lineage_links_are_proposed_and_can_be_changed_before_import() throws Exception {
        service.importRevision(RevisionImports.from(new ResolutionParser().parse(text("/demo/res68-rev2016.txt")),
                "test", null, false));

        navigate(ResolutionImportView.class);
        test(find(TextArea.class).withId("import-text").single()).setValue(text("/resolution/res68-citel-mod-wtsa24.txt"));
        test(find(Button.class).withId("import-parse").single()).click();
        assertThat(find(Paragraph.class).withId("import-previous").single().getText())
                .startsWith("Continues the stored revision Hammamet, 2016");

        // clause 8 (index 8 of the section, after the deleted 3) was 5; clause 1 was 1
        @SuppressWarnings("unchecked")
        Select<Long> eight = find(Select.class).withId("import-clause-4-8-lineage").single();
        assertThat(eight.getItemLabelGenerator().apply(test(eight).getSelected())).isEqualTo(TSB + ", 5");
        test(find(Select.class).withId("import-clause-4-0-lineage").single()).selectItem("No earlier clause");
        acceptAllAndImport();
        assertThat(find(Span.class).withId("import-done").single().getText())
                .isEqualTo("Imported Resolution 68 (Rev. New Delhi, 2024).");

        var clauses = service.find("68", 2024).orElseThrow().revision().sections().get(4).clauses();
        assertThat(clauses).filteredOn(c -> "8".equals(c.label())).extracting(ResolutionPage.Clause::lineageLabel)
                .containsExactly("5");
        assertThat(clauses).filteredOn(c -> "1".equals(c.label())).extracting(ResolutionPage.Clause::lineageLabel)
                .containsOnlyNulls();
        assertThat(clauses).filteredOn(c -> "2".equals(c.label())).extracting(ResolutionPage.Clause::lineageLabel)
                .containsExactly("2");
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ImportLineageViewTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
    /** The seed's guessed changes are flagged: accept every reading as shown, then import. */
    private void acceptAllAndImport() {
        find(Button.class).withId("import-accept-all").all().forEach(button -> test(button).click());
        test(find(Button.class).withId("import-run").single()).click();
    }
}
