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
import org.tsag.tracker.since.Since;
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

    /** A translation in the owner's language. */
    String text(String key, Object... params) {
        return t(key, params);
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

    /** The status as text on its colour ({@code meeting-status-in_progress}, ...): colour never carries it alone. */
    Span status(String code, boolean closed) {
        Span span = new Span(statusName(code));
        span.addClassName("meeting-status");
        span.addClassName(closed ? "meeting-status-closed" : "meeting-status-open");
        span.addClassName("meeting-status-" + (code == null ? "none" : code.toLowerCase(java.util.Locale.ROOT)));
        return span;
    }

    /** The word "Overdue" on its warning colour. */
    Span overdue() {
        Span span = new Span(t("meeting.overdue"));
        span.addClassName("meeting-overdue");
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

    /**
     * Items on a slide: code, title, status, deadline (flagged when overdue), progress; the items
     * whose status changed since the last meeting are marked.
     */
    Component itemTable(List<ItemRow> rows, java.util.Set<String> changed, java.time.LocalDate today) {
        NativeTable table = new NativeTable();
        table.addClassName("meeting-table");
        table.addClassName("meeting-items");
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(t("meeting.column.item")),
                new NativeTableHeaderCell(t("meeting.column.title")),
                new NativeTableHeaderCell(t("meeting.column.status")),
                new NativeTableHeaderCell(t("meeting.column.due")),
                new NativeTableHeaderCell(t("meeting.column.progress")))));
        NativeTableBody body = new NativeTableBody();
        for (ItemRow row : rows) {
            NativeTableCell code = new NativeTableCell(ltr(row.code()));
            code.addClassName("meeting-code");
            NativeTableCell title = new NativeTableCell();
            Div text = new Div();
            text.addClassName("meeting-title");
            text.setText(row.title());
            title.add(text);
            NativeTableCell state = new NativeTableCell(status(row.status(), row.closed()));
            if (changed.contains(row.plan() + "\u0000" + row.code())) {
                Span mark = new Span(t("meeting.changed"));
                mark.addClassName("meeting-changed");
                state.add(mark);
            }
            NativeTableCell due = new NativeTableCell();
            due.addClassName("meeting-due");
            if (row.deadline() != null) {
                due.add(new Span(row.deadline().toString()));
            }
            if (row.overdue(today)) {
                due.add(overdue());
            }
            body.add(new NativeTableRow(code, title, state, due, new NativeTableCell(progress(row.progress()))));
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
