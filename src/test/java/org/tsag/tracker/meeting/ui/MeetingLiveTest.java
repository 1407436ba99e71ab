package org.tsag.tracker.meeting.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.live.Change;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The projector slide and the phone list follow status changes committed elsewhere; only the rows are replaced. */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class MeetingLiveTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    ItemService items;

    @Autowired
    org.tsag.tracker.since.SinceService since;

    /** The projector slide that shows the item's row. */
    private int slideOf(ItemRow row) {
        MeetingSlides slides = MeetingSlides.of(MeetingDeck.load(items, since, null, null, MeetingDeck.Grouping.PLAN, false));
        for (int i = 1; i <= slides.count(); i++) {
            if (slides.get(i) instanceof MeetingSlides.Items shown && shown.group().equals(row.plan())
                    && shown.rows().stream().anyMatch(r -> r.id() == row.id())) {
                return i;
            }
        }
        throw new AssertionError("no slide shows " + row.code());
    }

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private List<String> plansWithItems() {
        return items.options().plans().stream().filter(p -> items.count(ItemFilter.NONE.withPlan(p)) > 0).toList();
    }

    private ItemRow openItemOf(String plan) {
        return items.find(ItemFilter.NONE.withPlan(plan).withStatuses(Set.of("IN_PROGRESS")), 0, 1, List.of()).getFirst();
    }

    private void completeElsewhere(ItemRow row) {
        SystemAuthentication.run(() -> journal.report(row.id(), new StatusReport("COMPLETED", null, null, "done elsewhere",
                null, LocalDate.now(), List.of(), null)));
    }

    private static ChangeSet reported(ItemRow row) {
        return ChangeSet.of(Change.ofItem("status_event", "INSERT", row.id(), row.plan()));
    }

    private static String rowOf(NativeTable table, String code) {
        return table.getElement().getChildren()
                .flatMap(part -> part.getChildren())
                .filter(tr -> tr.getChildren().findFirst().map(td -> td.getTextRecursively().equals(code)).orElse(false))
                .map(tr -> tr.getTextRecursively())
                .findFirst().orElseThrow();
    }

    @Test
    void the_slide_on_the_projector_shows_a_status_change_made_elsewhere_in_its_rows() {
        List<String> plans = plansWithItems();
        String plan = plans.stream().filter(p -> items.count(ItemFilter.NONE.withPlan(p).withStatuses(Set.of("IN_PROGRESS"))) > 0)
                .findFirst().orElseThrow();
        ItemRow row = openItemOf(plan);
        UI.getCurrent().navigate("meeting", QueryParameters.of("slide", String.valueOf(slideOf(row))));
        MeetingView view = (MeetingView) getCurrentView();
        H1 title = find(H1.class).withId("meeting-plan-title").single();
        assertThat(rowOf(find(NativeTable.class).single(), row.code())).contains("In progress");

        completeElsewhere(row);
        view.changed(reported(row));

        assertThat(rowOf(find(NativeTable.class).single(), row.code())).contains("Completed");
        assertThat(find(H1.class).withId("meeting-plan-title").single()).as("only the rows are replaced").isSameAs(title);
        assertThat(find(NativeTable.class).all()).hasSize(1);
    }

    @Test
    void a_change_in_another_plan_leaves_the_slide_alone_and_the_overview_counts_follow() {
        List<String> plans = plansWithItems();
        String shownPlan = plans.getFirst();
        String otherPlan = plans.stream().skip(1)
                .filter(p -> items.count(ItemFilter.NONE.withPlan(p).withStatuses(Set.of("IN_PROGRESS"))) > 0)
                .findFirst().orElseThrow();
        ItemRow row = openItemOf(otherPlan);
        UI.getCurrent().navigate("meeting", QueryParameters.of("slide", "2"));
        MeetingView view = (MeetingView) getCurrentView();
        assertThat(find(H1.class).withId("meeting-plan-title").single().getText()).endsWith(shownPlan);
        NativeTable shown = find(NativeTable.class).single();

        completeElsewhere(row);
        view.changed(reported(row));
        assertThat(find(NativeTable.class).single()).isSameAs(shown);

        UI.getCurrent().navigate("meeting", QueryParameters.of("slide", "1"));
        view = (MeetingView) getCurrentView();
        Image qr = find(Image.class).withId("meeting-qr").single();
        String openBefore = rowOf(find(NativeTable.class).withId("meeting-overview").single(), otherPlan);
        ItemRow another = openItemOf(otherPlan);
        completeElsewhere(another);
        view.changed(reported(another));
        assertThat(rowOf(find(NativeTable.class).withId("meeting-overview").single(), otherPlan)).isNotEqualTo(openBefore);
        assertThat(find(Image.class).withId("meeting-qr").single()).as("the QR code is not drawn again").isSameAs(qr);
    }

    @Test
    void the_phone_list_replaces_the_section_of_the_changed_plan_only() {
        List<String> plans = plansWithItems();
        String plan = plans.stream().filter(p -> items.count(ItemFilter.NONE.withPlan(p).withStatuses(Set.of("IN_PROGRESS"))) > 0)
                .findFirst().orElseThrow();
        String other = plans.stream().filter(p -> !p.equals(plan)).findFirst().orElseThrow();
        UI.getCurrent().navigate("meeting/phone");
        MeetingPhoneView view = (MeetingPhoneView) getCurrentView();
        Div changedSection = find(Div.class).withId("meeting-phone-plan-" + plan).single();
        Div otherSection = find(Div.class).withId("meeting-phone-plan-" + other).single();
        ItemRow row = openItemOf(plan);

        completeElsewhere(row);
        view.changed(reported(row));

        assertThat(find(Div.class).withId("meeting-phone-plan-" + plan).single()).isNotSameAs(changedSection);
        assertThat(find(Div.class).withId("meeting-phone-plan-" + other).single()).isSameAs(otherSection);
        assertThat(find(Div.class).withId("meeting-phone-plan-" + plan).single().getElement().getTextRecursively())
                .contains("Completed");
    }
}
