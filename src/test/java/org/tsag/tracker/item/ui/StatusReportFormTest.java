package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.testsupport.ViewTestBase;

/** Issue 18: the status report form never loses a value the user did not clear. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class StatusReportFormTest extends ViewTestBase {

    private static final String PLAN = "WTSA24";
    private static int created;
    private String code;

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @BeforeEach
    void anItemAt65PercentRatedRed() {
        SystemAuthentication.run(demo::loadIfEmpty);
        code = "UX-" + (++created);
        long id = items.createItem(new NewItem(PLAN, code, null, "Form test item " + code, null, List.of("TSB"),
                List.of(), List.of("TSAG"), List.of(), null, null, null, null, "MEDIUM", "2025-2028", 1, false, false));
        journal.report(id, new StatusReport("IN_PROGRESS", 65, "RED", "Work started", null, LocalDate.now().minusDays(1),
                List.of(), null));
        navigate("items/" + PLAN + "/" + code, ItemView.class);
    }

    private ItemDetail.Event latest() {
        return items.findItem(PLAN, code).orElseThrow().events().getFirst();
    }

    private int eventCount() {
        return items.findItem(PLAN, code).orElseThrow().events().size();
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return find(Select.class).withId(id).single();
    }

    private void narrative(String text) {
        test(find(TextArea.class).withId("report-narrative").single()).setValue(text);
    }

    private void submit() {
        test(find(Button.class).withId("report-submit").single()).click();
    }

    @Test
    void a_report_that_leaves_progress_and_rating_alone_keeps_them() {
        assertThat(find(IntegerField.class).withId("report-progress").single().getValue()).isEqualTo(65);
        assertThat(select("report-rag").getValue()).isEqualTo("RED");
        assertThat(select("report-status").getValue()).isEqualTo("IN_PROGRESS");
        narrative("Discussed at TSAG; no change in substance");
        submit();

        ItemDetail.Event latest = latest();
        assertThat(latest.narrative()).isEqualTo("Discussed at TSAG; no change in substance");
        assertThat(latest.progress()).isEqualTo(65);
        assertThat(latest.rag()).isEqualTo("RED");
        assertThat(items.findItem(PLAN, code).orElseThrow().progress()).isEqualTo(65);
    }

    @Test
    void a_rating_the_user_clears_is_cleared_and_the_empty_choice_is_named() {
        Select<String> rag = select("report-rag");
        assertThat(rag.getEmptySelectionCaption()).isEqualTo("No rating");
        assertThat(rag.getItemLabelGenerator().apply(null)).isEqualTo("No rating");
        rag.clear();
        submit();
        assertThat(latest().rag()).isNull();
        assertThat(latest().progress()).isEqualTo(65);
    }

    @Test
    void completing_sets_the_progress_to_100_unless_the_user_typed_another() {
        test(select("report-status")).selectItem("Completed");
        assertThat(find(IntegerField.class).withId("report-progress").single().getValue()).isEqualTo(100);
        submit();
        assertThat(latest().status()).isEqualTo("COMPLETED");
        assertThat(latest().progress()).isEqualTo(100);
    }

    @Test
    void an_evidence_reference_typed_but_not_added_is_recorded_with_the_report() {
        test(find(TextField.class).withId("evidence-reference").single()).setValue("TSAG TD 416");
        submit();
        assertThat(latest().evidence()).extracting(Evidence::reference).containsExactly("TSAG TD 416");
        assertThat(latest().evidence()).extracting(Evidence::kind).containsExactly("TD");
    }

    @Test
    void an_evidence_reference_that_cannot_be_taken_refuses_the_report_with_a_message() {
        int before = eventCount();
        test(select("evidence-kind")).selectItem("Link");
        TextField reference = find(TextField.class).withId("evidence-reference").single();
        test(reference).setValue("TSAG TD 416");
        submit();

        assertThat(eventCount()).as("nothing is recorded").isEqualTo(before);
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).isEqualTo("A link starts with https:// or http://");
        assertThat(reference.getValue()).as("the input stays").isEqualTo("TSAG TD 416");

        test(reference).setValue("https://www.itu.int/md/T25-TSAG-260113-TD-GEN-0416");
        submit();
        assertThat(eventCount()).isEqualTo(before + 1);
        assertThat(latest().evidence()).extracting(Evidence::url)
                .containsExactly("https://www.itu.int/md/T25-TSAG-260113-TD-GEN-0416");
    }

    @Test
    void added_and_typed_evidence_are_both_recorded() {
        TextField reference = find(TextField.class).withId("evidence-reference").single();
        test(reference).setValue("TSAG TD 415");
        test(find(Button.class).withId("evidence-add").single()).click();
        test(reference).setValue("TSAG TD 416");
        submit();
        assertThat(latest().evidence()).extracting(Evidence::reference).containsExactly("TSAG TD 415", "TSAG TD 416");
    }
}
