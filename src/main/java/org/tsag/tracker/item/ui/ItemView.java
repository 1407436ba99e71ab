package org.tsag.tracker.item.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.FollowControl;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.base.ui.SampleBadge;
import org.tsag.tracker.item.ItemChangedException;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemPdf;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.live.ui.LiveUpdates;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * One item: its fields, linked clauses in full, children, the meetings where it came up, the
 * timeline of reports and field changes, and for TSB and chairs the edit and status report forms.
 * {@code /items/{code}}, or {@code /items/{plan}/{code}} when plans share a code. Prints one item per page.
 */
@Route("items/:first/:second?")
@AnonymousAllowed
class ItemView extends PageLayout implements HasDynamicTitle, BeforeEnterObserver {


    private final ItemService service;
    private final StatusJournal journal;
    private final ObjectProvider<ItemPdf> pdf;
    private final ObjectProvider<FollowControl> follow;
    private final boolean canWrite;
    private ItemDetail item;
    private String title = "";
    private Div liveNotice;

    ItemView(ItemService service, StatusJournal journal, ObjectProvider<ItemPdf> pdf, LiveUpdates live,
             ObjectProvider<FollowControl> follow) {
        super("item-page");
        this.service = service;
        this.follow = follow;
        this.journal = journal;
        this.pdf = pdf;
        this.canWrite = CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR);
        live.keepUpdated(this, this::changed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        item = null;
        Optional<String> second = event.getRouteParameters().get("second");
        String first = event.getRouteParameters().get("first").orElse("");
        String code = second.orElse(first);
        String plan = second.isPresent() ? first : null;
        title = code;
        if (plan == null) {
            List<String> plans = service.plansWithCode(code);
            if (plans.size() > 1) {
                add(new H2(code), new Paragraph(getTranslation("item.ambiguous", code)));
                UnorderedList links = new UnorderedList();
                links.setId("item-plans");
                plans.forEach(p -> links.add(new ListItem(ItemLinks.anchor(p, code, p + " " + code))));
                add(links);
                return;
            }
            plan = plans.isEmpty() ? null : plans.getFirst();
        }
        Optional<ItemDetail> found = plan == null ? Optional.empty() : service.findItem(plan, code);
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("item.not.found", code));
            missing.setId("item-not-found");
            add(missing);
            return;
        }
        show(found.get());
    }

    private void show(ItemDetail detail) {
        removeAll();
        liveNotice = null;
        item = detail;
        title = detail.code() + " " + detail.title();
        Span code = new Span(detail.code());
        code.getElement().setAttribute("dir", "ltr"); // 68-3 stays 68-3 in Arabic
        H2 heading = new H2(code, new Text(" — " + detail.title()));
        heading.setId("item-heading");
        HorizontalLayout head = Controls.baselineRow(heading);
        if (detail.internal()) {
            Span internal = new Span(getTranslation("items.internal"));
            internal.addClassName("item-internal-badge");
            head.add(internal);
        }
        if (detail.sample()) {
            head.add(new SampleBadge());
        }
        Button print = new Button(getTranslation("item.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("item-print");
        print.addClassName("item-no-print");
        head.add(print);
        pdf.ifAvailable(writer -> head.add(pdfLink(writer, detail)));
        follow.ifAvailable(control -> control.item(detail.id()).ifPresent(head::add));
        add(head, facts(detail));
        if (detail.description() != null) {
            Paragraph description = new Paragraph(detail.description());
            description.getElement().setAttribute("dir", "auto");
            description.addClassName("item-description");
            add(description);
        }
        var successors = service.successors(detail.id());
        if (!successors.isEmpty()) {
            Div superseded = new Div();
            superseded.setId("item-superseded");
            superseded.addClassName("item-superseded");
            Span flag = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("item.superseded.flag")));
            superseded.add(flag);
            UnorderedList list = new UnorderedList();
            for (var s : successors) {
                list.add(new ListItem(s.deleted()
                        ? getTranslation("item.superseded.deleted", s.resolution(), s.newPlace(), String.valueOf(s.newYear()),
                                Objects.toString(s.oldLabel(), ""), String.valueOf(s.oldYear()))
                        : getTranslation("item.superseded.continues", s.resolution(), s.newPlace(), String.valueOf(s.newYear()),
                                Objects.toString(s.oldLabel(), ""), String.valueOf(s.oldYear()), Objects.toString(s.newLabel(), ""))));
            }
            superseded.add(list, new Paragraph(getTranslation("item.superseded.advice")));
            add(superseded);
        }
        add(clauses(detail));
        if (!detail.children().isEmpty()) {
            add(children(detail));
        }
        add(meetings(detail));
        if (canWrite) {
            add(new StatusReportForm(service, journal, detail, this::reload), editForm(detail, ItemForm.of(detail), null));
        }
        add(new ItemTimeline(detail, service.fieldChanges(detail.id())));
    }

    /** The item as a PDF in the page's language, generated while it downloads. */
    private Anchor pdfLink(ItemPdf writer, ItemDetail d) {
        Anchor link = new Anchor(event -> {
            event.setFileName((d.plan() + "-" + d.code()).replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf");
            event.setContentType("application/pdf");
            try (var out = event.getOutputStream()) {
                writer.write(d.plan(), d.code(), getLocale(), out);
            }
        }, getTranslation("item.pdf"));
        link.setId("item-pdf");
        link.addClassNames("item-no-print", "item-pdf");
        return link;
    }

    private Component facts(ItemDetail d) {
        Div facts = new Div();
        facts.addClassName("item-facts");
        facts.setId("item-facts");
        fact(facts, "item.plan", d.plan() + " — " + d.planTitle());
        if (d.parentCode() != null) {
            Div row = fact(facts, "item.parent", "");
            row.add(ItemLinks.anchor(d.plan(), d.parentCode(), d.parentCode()));
        }
        fact(facts, "item.status", d.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", d.status())))
                .setId("item-status");
        String progress = d.progress() == null ? "—" : getTranslation("items.progress.value", d.progress());
        if (!d.children().isEmpty()) {
            progress += " " + getTranslation(key("item.progress.rollup.", d.rollup()), d.children().size());
        }
        fact(facts, "item.progress", progress).setId("item-progress");
        fact(facts, "items.column.responsible", String.join(", ", d.responsible()));
        fact(facts, "items.column.collaborating", String.join(", ", d.collaborating()));
        fact(facts, "items.column.reportsTo", String.join(", ", d.reportsTo()));
        fact(facts, "items.column.owner", Objects.toString(d.owner(), ""));
        fact(facts, "item.due", LocaleFormats.of(getLocale()).date(d.dueDate()));
        fact(facts, "item.target.meeting", Objects.toString(d.targetMeeting(), ""));
        fact(facts, "item.periods", String.join(" → ", service.periods(d.id()))).setId("item-periods");
        fact(facts, "item.priority", getTranslation(key("item.priority.", d.priority())));
        return facts;
    }

    private Div fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("item-fact-label");
        Span text = new Span(value);
        text.addClassName("item-fact-value");
        Div row = new Div(label, text);
        row.addClassName("item-fact");
        facts.add(row);
        return row;
    }

    private Component clauses(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.clauses")));
        box.setId("item-clauses");
        if (d.clauses().isEmpty()) {
            box.add(new Paragraph(getTranslation("item.clauses.none")));
        }
        for (ItemDetail.ClauseText c : d.clauses()) {
            box.add(new H4(getTranslation("item.clause.citation", c.resolution(), c.place(), String.valueOf(c.year()),
                    c.section(), Objects.toString(c.label(), ""))));
            Paragraph text = new Paragraph(c.text());
            text.addClassName("item-clause-text");
            text.getElement().setAttribute("dir", "auto"); // imported text keeps its own direction
            box.add(text);
        }
        d.clauses().stream().map(ItemDetail.ClauseText::resolution).distinct().forEach(number -> {
            Anchor summary = new Anchor("compendium/" + number, getTranslation("item.compendium.title", number));
            summary.addClassName("item-no-print");
            box.add(new Div(summary));
        });
        return box;
    }

    private Component children(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.children")));
        box.setId("item-children");
        UnorderedList list = new UnorderedList();
        for (ItemDetail.Child c : d.children()) {
            String status = c.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", c.status()));
            String progress = c.progress() == null ? "—" : getTranslation("items.progress.value", c.progress());
            Anchor child = ItemLinks.codeAnchor(d.plan(), c.code());
            ListItem li = new ListItem(child,
                    new Span(" " + c.title() + " · " + status + " · " + progress + " · "
                            + getTranslation("item.weight.value", c.weight())));
            list.add(li);
        }
        box.add(list);
        return box;
    }

    /** The meetings at which the item (e.g. a CxO topic) was raised or followed up, with its status then. */
    private Component meetings(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.meetings")));
        box.setId("item-meetings");
        List<ItemDetail.Event> atMeetings = d.events().stream().filter(e -> e.meeting() != null)
                .sorted(Comparator.comparing(ItemDetail.Event::occurredOn)).toList();
        if (atMeetings.isEmpty()) {
            box.add(new Paragraph(getTranslation("item.meetings.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (ItemDetail.Event e : atMeetings) {
            list.add(new ListItem(e.occurredOn() + " · " + e.meeting() + " (" + Objects.toString(e.meetingTitle(), "")
                    + ") · " + getTranslation(key("status.", e.status()))));
        }
        box.add(list);
        return box;
    }

    private ItemEditForm editForm(ItemDetail detail, ItemForm bean, ItemChangedException conflict) {
        return new ItemEditForm(service, detail, bean, conflict, new ItemEditForm.Listener() {
            @Override
            public void saved() {
                reload();
            }

            @Override
            public void conflict(ItemDetail latest, ItemForm merged, ItemChangedException ex) {
                show(latest);
                Component edit = getChildren().filter(ItemEditForm.class::isInstance).findFirst().orElseThrow();
                replace(edit, editForm(latest, merged, ex));
            }
        });
    }

    private void reload() {
        service.findItem(item.plan(), item.code()).ifPresent(this::show);
    }

    /**
     * Someone committed a change (live updates). A reader sees the item as it is now; someone who may
     * edit gets a notice with a reload button instead, so that nothing they are typing is thrown away
     * (saving over a newer version is caught by optimistic locking anyway). The user's own save has
     * already reloaded the page, so it finds nothing new and shows no notice.
     */
    void changed(ChangeSet changes) {
        if (item == null || !(changes.mayAffectItem(item.id()) || changes.mayAffectPlan(item.plan()))) {
            return;
        }
        Optional<ItemDetail> latest = service.findItem(item.plan(), item.code());
        if (latest.isPresent() && latest.get().equals(item)) {
            return;
        }
        if (!canWrite && latest.isPresent()) {
            show(latest.get());
            return;
        }
        if (liveNotice == null) {
            liveNotice = new Div();
            liveNotice.setId("item-live-notice");
            liveNotice.addClassNames("item-live-notice", "item-no-print");
            liveNotice.getElement().setAttribute("role", "status");
            Button reloadButton = new Button(getTranslation("live.item.reload"), VaadinIcon.REFRESH.create(), e -> reload());
            reloadButton.setId("item-live-reload");
            reloadButton.setVisible(latest.isPresent());
            liveNotice.add(new Span(getTranslation(latest.isPresent() ? "live.item.changed" : "live.item.gone")), reloadButton);
            addComponentAsFirst(liveNotice);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** A translation key made of a prefix and a code, e.g. "status." and "COMPLETED". */
    private static String key(String prefix, Object code) {
        return prefix + code;
    }
}
