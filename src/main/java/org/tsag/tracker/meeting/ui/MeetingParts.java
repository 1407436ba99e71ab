package org.tsag.tracker.meeting.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import org.tsag.tracker.dashboard.Since;
import org.tsag.tracker.item.ItemRow;

/** Pieces both meeting views share. Every user text is set as text, never as HTML. */
final class MeetingParts {

    private final Component owner;

    MeetingParts(Component owner) {
        this.owner = owner;
    }

    private String t(String key, Object... params) {
        I18NProvider provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return provider.getTranslation(key, owner.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.ENGLISH), params);
    }

    /** The status's name as text, so that colour never carries it alone. */
    String statusName(String code) {
        if (code == null) {
            return t("meeting.status.none");
        }
        String key = "status." + code;
        String name = t(key);
        return name == null || name.isBlank() || name.contains(key) ? code : name;
    }

    String progress(Integer value) {
        return value == null ? "\u2013" : value + " %";
    }

    Span status(String code, boolean closed) {
        Span span = new Span(statusName(code));
        span.addClassName("meeting-status");
        span.addClassName(closed ? "meeting-status-closed" : "meeting-status-open");
        return span;
    }

    /**
     * The mark of the internal view: on screen for as long as internal items may be shown, with the
     * way back to what members see (the same address without {@code view}).
     */
    Div internalBanner(String route, Map<String, List<String>> parameters) {
        Map<String, List<String>> publicView = new HashMap<>(parameters);
        publicView.remove("view");
        String query = new QueryParameters(publicView).getQueryString();
        Anchor back = new Anchor(query.isEmpty() ? route : route + "?" + query, t("meeting.internal.back"));
        back.setId("meeting-internal-back");
        Div banner = new Div(new Span(t("meeting.internal.banner")), back);
        banner.setId("meeting-internal-banner");
        banner.addClassName("meeting-internal-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    /** The items of a plan: code, title, status, progress. */
    Component itemTable(List<ItemRow> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("meeting-table");
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(t("meeting.column.item")),
                new NativeTableHeaderCell(t("meeting.column.title")),
                new NativeTableHeaderCell(t("meeting.column.status")),
                new NativeTableHeaderCell(t("meeting.column.progress")))));
        NativeTableBody body = new NativeTableBody();
        for (ItemRow row : rows) {
            NativeTableCell title = new NativeTableCell();
            title.setText(row.title());
            body.add(new NativeTableRow(
                    new NativeTableCell(ltr(row.code())),
                    title,
                    new NativeTableCell(status(row.status(), row.closed())),
                    new NativeTableCell(progress(row.progress()))));
        }
        table.add(body);
        return table;
    }

    /** The status changes of a plan since the last meeting, or a line saying there were none. */
    Component changes(List<Since.Change> changes) {
        Div block = new Div();
        block.addClassName("meeting-changes");
        if (changes.isEmpty()) {
            block.add(new Span(t("meeting.changes.none")));
            return block;
        }
        for (Since.Change c : changes) {
            Div line = new Div();
            line.addClassName("meeting-change");
            line.setText(t("meeting.change", c.code(), c.title(), statusName(c.statusBefore()),
                    statusName(c.statusAfter()), progress(c.progressBefore()), progress(c.progressAfter())));
            block.add(line);
        }
        return block;
    }

    /** Item codes keep their order in Arabic: 68-3 stays 68-3 (issue 15). */
    private static Span ltr(String code) {
        Span span = new Span(code);
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }
}
