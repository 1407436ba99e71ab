package org.tsag.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.db.Tables.RESOLUTION;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * Importing the seed through the import view and through {@code resolution import FILE} stores the
 * same revision. The command's reading of the file is used as is; its offline Spring context is not
 * started, because in a context without a web server the web security configuration fails to start.
 */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class UiAndCliImportTest extends ViewTestBase {

    private static final String SEED = "res68-citel-mod-wtsa24.txt";

    @Autowired
    ResolutionService service;

    @Autowired
    DSLContext dsl;

    @TempDir
    Path folder;

    @Test
    void importing_the_seed_through_the_ui_and_the_cli_gives_the_same_revision() throws IOException {
        byte[] seed = seed();

        UI.getCurrent().navigate("resolutions/import");
        test(find(Upload.class).withId("import-upload").single()).upload(SEED, "text/plain", seed);
        acceptAllAndImport();
        assertThat(find(Span.class).withId("import-done").single().getText())
                .isEqualTo("Imported Resolution 68 (Rev. New Delhi, 2024).");
        ResolutionPage throughUi = service.find("68", 2024).orElseThrow();

        // start again from an empty database, then run the command line against it
        dsl.deleteFrom(RESOLUTION).execute();
        assertThat(service.find("68", 2024)).isEmpty();
        Path file = folder.resolve(SEED);
        Files.write(file, seed);
        // the command's own reading of the file; its Spring context is not started here (see below)
        service.importRevision(ResolutionCommands.revisionOf(file));
        ResolutionPage throughCli = service.find("68", 2024).orElseThrow();

        assertThat(shape(throughCli)).isEqualTo(shape(throughUi));
        assertThat(throughCli.revision().operativeClauseCount()).isEqualTo(17);
    }

    /** Everything but database ids and the source note. */
    private static List<String> shape(ResolutionPage page) {
        ResolutionPage.Revision r = page.revision();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(page.number() + "|" + r.title() + "|" + r.place() + "|" + r.year() + "|" + r.history() + "|"
                + r.assemblyLine() + "|" + r.inForce());
        for (ResolutionPage.Section s : r.sections()) {
            lines.add(s.position() + "|" + s.heading() + "|" + s.previousHeading() + "|" + s.kind() + "|"
                    + s.addressee() + "|" + s.addresseeEntities());
            for (ResolutionPage.Clause c : s.clauses()) {
                lines.add("  " + c.position() + "|" + c.label() + "|" + c.previousLabel() + "|" + c.change() + "|"
                        + c.text() + "|" + c.subItems() + "|" + c.footnotes() + "|" + c.lineageLabel());
            }
        }
        return lines;
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = UiAndCliImportTest.class.getResourceAsStream("/resolution/" + SEED)) {
            return in.readAllBytes();
        }
    }
    /** The seed's guessed changes are flagged: accept every reading as shown, then import. */
    private void acceptAllAndImport() {
        find(Button.class).withId("import-accept-all").all().forEach(button -> test(button).click());
        test(find(Button.class).withId("import-run").single()).click();
    }
}
