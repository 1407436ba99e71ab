package org.tsag.tracker.dashboard.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.tsag.tracker.since.Since;

/**
 * "Since the last meeting": the window's title, its picker (a user may be in the middle of choosing,
 * so a live update never replaces it) and five lists of changes, each a shared HTML preview of its
 * first rows with a button for the rest.
 */
class SincePart extends Div {

    private final H3 title = new H3();
    private final Div lists = new Div();
    private final Map<String, HtmlPart> parts = new LinkedHashMap<>();
    private final Map<String, Button> more = new LinkedHashMap<>();
    /** The lists the user asked to see whole, and what {@code whole} gives for one of them. */
    private final Set<String> whole = new HashSet<>();
    private final Function<String, String> wholeList;

    /**
     * @param wholeList the HTML of a whole list, by list id
     * @param onPick    the window the user picked (URL values {@code from}, {@code to})
     */
    SincePart(DashboardFragments.SinceLists since, java.util.function.Supplier<java.util.List<Since.MeetingOption>> meetings,
              String from, String to,
              Function<String, String> wholeList, BiConsumer<String, String> onPick) {
        this.wholeList = wholeList;
        setId("since");
        addClassName("dash-section");
        lists.addClassName("since-lists");
        // without a choice in the URL the window starts at the last TSAG meeting: the picker shows it
        String shownFrom = from != null ? from : since.since().map(Since::from).orElse(null);
        // the picker (four fields and the list of meetings) is built when asked for: most screens
        // never change the window, and every open screen kept it in server memory
        Button choose = new Button(getTranslation("since.pick.open"));
        choose.setId("since-choose");
        choose.addClassName("since-choose");
        choose.addClickListener(e -> {
            SincePicker picker = new SincePicker(meetings.get(), shownFrom, to, onPick);
            getElement().insertChild(getElement().indexOfChild(choose.getElement()), picker.getElement());
            choose.removeFromParent();
        });
        add(title, choose, lists);
        if (from != null || to != null) {
            // a window chosen in the URL: the picker stays open for the next choice
            choose.click();
        }
        show(since);
    }

    /** Shows the lists of {@code since}; only the lists whose HTML differs are sent. */
    void show(DashboardFragments.SinceLists since) {
        if (!title.getText().equals(since.title())) {
            title.setText(since.title());
        }
        lists.setVisible(since.since().isPresent());
        for (DashboardFragments.SinceList list : since.lists()) {
            HtmlPart part = parts.computeIfAbsent(list.id(), id -> {
                HtmlPart created = new HtmlPart(id, "since-list");
                lists.add(created);
                return created;
            });
            part.show(whole.contains(list.id()) ? wholeList.apply(list.id()) : list.preview());
            moreButton(list, part);
        }
    }

    private void moreButton(DashboardFragments.SinceList list, HtmlPart part) {
        boolean needed = !whole.contains(list.id()) && list.size() > DashboardFragments.SINCE_PREVIEW;
        Button button = more.get(list.id());
        if (!needed) {
            if (button != null) {
                button.removeFromParent();
                more.remove(list.id());
            }
            return;
        }
        if (button == null) {
            Button created = new Button();
            created.setId(list.id() + "-more");
            created.addClassName("since-more");
            created.addClickListener(e -> {
                whole.add(list.id());
                part.show(wholeList.apply(list.id()));
                created.removeFromParent();
                more.remove(list.id());
            });
            lists.getElement().insertChild(lists.getElement().indexOfChild(part.getElement()) + 1, created.getElement());
            more.put(list.id(), created);
            button = created;
        }
        String text = getTranslation("since.more", list.size());
        if (!text.equals(button.getText())) {
            button.setText(text);
        }
    }
}
