package org.tsag.tracker.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.exchange.Column;
import org.tsag.tracker.exchange.ExchangeProgress;
import org.tsag.tracker.exchange.ExchangeService;
import org.tsag.tracker.exchange.RowDiff;
import org.tsag.tracker.exchange.RowError;
import org.tsag.tracker.exchange.Sheets;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** Upload, preview and apply in the browserless UI; export from the item grid's filter. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ExchangeViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ExchangeService exchange;

    @Autowired
    ItemService items;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private byte[] exportAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportXlsx(ItemFilter.NONE, List.of(), out, ExchangeProgress.NONE);
        return out.toByteArray();
    }

    /** Waits for the view's background job and runs what it queued for the UI. */
    private static void await(java.util.concurrent.CompletableFuture<Void> job) throws Exception {
        job.get(120, TimeUnit.SECONDS);
        roundTrip();
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    @Test
    void an_edited_sheet_is_uploaded_previewed_with_its_changes_and_applied() throws Exception {
        byte[] edited = Sheets.edit(exportAll(), workbook ->
                Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-2"), Column.STATUS, "Completed"));
        ExchangeView view = navigate(ExchangeView.class);

        test(find(Upload.class).withId("exchange-upload").single()).upload("plan.xlsx", SheetTypes.XLSX, edited);
        await(view.job());

        int total = items.count(ItemFilter.NONE);
        assertThat(find(Paragraph.class).withId("import-counts").single().getText())
                .isEqualTo("0 new, 1 changed, " + (total - 1) + " unchanged, 0 errors.");
        Grid<RowDiff> preview = grid("import-preview");
        assertThat(test(preview).size()).isEqualTo(1);
        assertThat(test(preview).getCellText(0, 1)).isEqualTo("WTSA24/68-2");
        assertThat(test(preview).getCellText(0, 2)).isEqualTo("Changed");
        assertThat(test(preview).getCellText(0, 3)).isEqualTo("Status: In progress \u2192 Completed");
        assertThat(find(Grid.class).withId("import-errors").all()).as("no error list").isEmpty();
        Button apply = find(Button.class).withId("import-apply").single();
        assertThat(apply.isEnabled()).isTrue();

        test(apply).click();
        await(view.job());

        assertThat(text("import-result")).isEqualTo("Imported: 0 new items, 0 items updated, 1 status report recorded.");
        assertThat(items.findItem("WTSA24", "68-2").orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_malformed_sheet_lists_its_errors_and_cannot_be_applied() throws Exception {
        byte[] edited = Sheets.edit(exportAll(), workbook ->
                Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-3"), Column.DUE_DATE, "soon"));
        ExchangeView view = navigate(ExchangeView.class);

        test(find(Upload.class).withId("exchange-upload").single()).upload("plan.xlsx", SheetTypes.XLSX, edited);
        await(view.job());

        Grid<RowError> errors = grid("import-errors");
        assertThat(errors.isVisible()).isTrue();
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(test(errors).getCellText(0, 0)).isEqualTo("Items");
        assertThat(Integer.parseInt(test(errors).getCellText(0, 1))).isGreaterThan(2);
        assertThat(test(errors).getCellText(0, 2)).isEqualTo("Due date (M)");
        assertThat(test(errors).getCellText(0, 3)).isEqualTo("\"soon\" is not a date (write it as YYYY-MM-DD).");
        assertThat(find(Button.class).withId("import-apply").single().isEnabled()).isFalse();
        assertThat(text("import-result")).isEqualTo("Nothing can be imported until the error is corrected in the file.");
    }

    @Test
    void the_grid_export_action_exports_what_the_grid_filter_shows() throws Exception {
        UI.getCurrent().navigate("items", QueryParameters.fromString("status=COMPLETED&sort=-due"));
        test(find(Button.class).withId("items-export").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ItemExportView.class);
        ItemExportView view = (ItemExportView) getCurrentView();
        assertThat(view.filter().statuses()).isEqualTo(Set.of("COMPLETED"));
        assertThat(view.sort()).extracting(s -> s.key() + s.descending()).containsExactly("duetrue");

        test(find(Button.class).withId("export-xlsx").single()).click();
        await(view.exportPanel().job());

        Anchor download = find(Anchor.class).withId("export-download").single();
        assertThat(download.isVisible()).isTrue();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(download).download(file);
        int completed = items.count(ItemFilter.NONE.withStatuses(Set.of("COMPLETED")));
        int sheets = Sheets.open(file.toByteArray()).getNumberOfSheets();
        assertThat(text("export-status")).isEqualTo(completed + " items written in " + sheets
                + (sheets == 1 ? " sheet." : " sheets."));
        try (XSSFWorkbook workbook = Sheets.open(file.toByteArray())) {
            XSSFSheet sheet = workbook.getSheet("Items");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(completed);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                assertThat(Sheets.text(sheet.getRow(r), Column.STATUS)).isEqualTo("Completed");
            }
        }
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_cannot_open_the_import_but_can_export_from_the_grid() {
        UI.getCurrent().navigate("exchange");
        Component current = (Component) getCurrentView();
        assertThat(current).isNotInstanceOf(ExchangeView.class);

        UI.getCurrent().navigate("items");
        test(find(Button.class).withId("items-export").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ItemExportView.class);
    }
}
