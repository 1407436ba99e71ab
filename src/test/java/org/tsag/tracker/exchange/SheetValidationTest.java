package org.tsag.tracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Issue 19, item 6: what PostgreSQL would refuse (year 0, Excel's 1900, NUL characters, texts
 * beyond what the full-text index takes) is a row error of the preview that names row and column,
 * and never a database exception on apply.
 */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class SheetValidationTest {

    @Autowired
    ExchangeService exchange;

    @Autowired
    DemoDataService demo;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private List<List<String>> exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportCsv(ItemFilter.NONE.withPlan("WTSA24"), List.of(), out, ExchangeProgress.NONE);
        return Sheets.rows(Sheets.csv(out.toByteArray()));
    }

    private static List<String> newRow(List<String> header, String code) {
        List<String> row = new ArrayList<>(Collections.nCopies(header.size(), ""));
        row.set(header.indexOf("Plan"), "WTSA24");
        row.set(header.indexOf("Code"), code);
        row.set(header.indexOf("Title"), "New item " + code);
        row.set(header.indexOf("Responsible"), "TSB");
        row.set(header.indexOf("Study period"), "2025-2028");
        return row;
    }

    @Test
    void values_the_database_would_refuse_are_row_errors_naming_row_and_column() throws Exception {
        List<List<String>> rows = exported();
        List<String> header = rows.get(0);
        int code = header.indexOf("Code");

        List<String> yearZero = newRow(header, "68-90");
        yearZero.set(header.indexOf("Start date"), "0000-01-01");
        List<String> excelZero = newRow(header, "68-91");
        excelZero.set(header.indexOf("Due date"), "1900-01-01");
        List<String> nul = newRow(header, "68-92");
        nul.set(header.indexOf("Title"), "Bad\u0000title");
        List<String> huge = newRow(header, "68-93");
        huge.set(header.indexOf("Description"), "word ".repeat(RowParser.MAX_LONG_TEXT / 5 + 1));
        rows.addAll(List.of(yearZero, excelZero, nul, huge));
        // an existing item's narrative with a NUL
        List<String> edited = rows.stream().filter(r -> r.get(code).equals("68-5")).findFirst().orElseThrow();
        edited.set(header.indexOf("Narrative"), "progress\u0000report");
        int editedRow = rows.indexOf(edited) + 1;
        int first = rows.size() - 3;
        int items = dsl.fetchCount(ACTION_ITEM);
        int events = dsl.fetchCount(STATUS_EVENT);

        SheetPreview preview = exchange.preview("plan.csv", Sheets.csv(rows), ExchangeProgress.NONE);

        assertThat(preview.errors())
                .extracting(RowError::row, RowError::column, RowError::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(first, "Start date", "exchange.error.daterange"),
                        org.assertj.core.groups.Tuple.tuple(first + 1, "Due date", "exchange.error.daterange"),
                        org.assertj.core.groups.Tuple.tuple(first + 2, "Title", "exchange.error.nul"),
                        org.assertj.core.groups.Tuple.tuple(first + 3, "Description", "exchange.error.toolong"),
                        org.assertj.core.groups.Tuple.tuple(editedRow, "Narrative", "exchange.error.nul"));
        assertThat(preview.errors()).allSatisfy(error -> assertThat(error.letter()).isNotBlank());

        // the whole file, in one go: refused as a sheet, nothing written
        assertThatThrownBy(() -> exchange.importFile("plan.csv", Sheets.csv(rows)))
                .isInstanceOf(SheetRejectedException.class);
        assertThat(dsl.fetchCount(ACTION_ITEM)).isEqualTo(items);
        assertThat(dsl.fetchCount(STATUS_EVENT)).isEqualTo(events);
    }

    @Test
    void dates_inside_the_range_are_accepted() throws Exception {
        List<List<String>> rows = exported();
        List<String> header = rows.get(0);
        List<String> row = newRow(header, "68-94");
        row.set(header.indexOf("Start date"), RowParser.FIRST_DATE.toString());
        row.set(header.indexOf("Due date"), RowParser.LAST_DATE.toString());
        rows.add(row);
        SheetPreview preview = exchange.preview("plan.csv", Sheets.csv(rows), ExchangeProgress.NONE);
        assertThat(preview.errors()).isEmpty();
    }
}
