package org.tsag.tracker.resolution.ui;

import org.tsag.tracker.status.StatusJournal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.FollowControl;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.base.ui.UrlValues;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.resolution.Citations;
import org.tsag.tracker.resolution.ClauseEvent;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionText;
import org.tsag.tracker.resolution.RevisionTextService;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * One resolution: header, history, sections and clauses, operative sections marked with their
 * addressee, each with its citation, the action items that implement it and its implementation per
 * study period. {@code /resolutions/68} shows the revision in force, {@code ?rev=2016} another one.
 */
@Route("resolutions")
@AnonymousAllowed
class ResolutionView extends PageLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ResolutionService service;
    private final StatusJournal journal;
    private final ObjectProvider<FollowControl> follow;
    private final RevisionTextService texts;
    private RevisionText text;
    private String title = "";
    private String number;
    private Integer year;

    ResolutionView(ResolutionService service, StatusJournal journal, RevisionTextService texts,
                   ObjectProvider<FollowControl> follow) {
        this.service = service;
        this.journal = journal;
        this.texts = texts;
        this.follow = follow;
    }

    @Override
    public void setParameter(BeforeEvent event, String number) {
        this.number = number;
        this.year = event.getLocation().getQueryParameters().getSingleParameter("rev")
                .flatMap(UrlValues::wholeNumber)
                .orElse(null);
        render();
    }

    private void render() {
        removeAll();
        Optional<ResolutionPage> page = service.find(number, year);
        title = getTranslation("resolution.title", number);
        add(new Anchor("resolutions", getTranslation("resolution.back")));
        if (page.isEmpty()) {
            add(new H2(title), new Paragraph(getTranslation("resolution.notfound", number)));
            return;
        }
        show(page.get());
    }

    private void show(ResolutionPage page) {
        ResolutionPage.Revision revision = page.revision();
        text = texts.forReader(revision.id(), revision.title(), getLocale());
        add(revisionSwitcher(page));
        page.revisions().stream()
                .filter(o -> o.year() < revision.year())
                .findFirst()
                .ifPresent(older -> {
                    Anchor compare = new Anchor("resolutions/%s/compare?from=%d&to=%d"
                            .formatted(page.number(), older.year(), revision.year()),
                            getTranslation("resolution.compare.link", older.year(), revision.year()));
                    compare.setId("resolution-compare-link");
                    add(compare);
                });

        Div header = new Div();
        header.addClassName("resolution-header");
        H2 heading = new H2(getTranslation("resolution.header", page.number(), revision.place(), revision.year()));
        heading.setId("resolution-heading");
        header.add(heading);
        follow.ifAvailable(control -> control.resolution(page.number()).ifPresent(header::add));
        header.add(new H3(text.title()));
        header.add(languageNote());
        if (CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR)) {
            header.add(translateButton(revision));
        }
        if (revision.history() != null) {
            header.add(new Paragraph(revision.history()));
        }
        if (revision.assemblyLine() != null) {
            header.add(new Paragraph(revision.assemblyLine()));
        }
        add(header);
        if (revision.source() != null) {
            Paragraph source = new Paragraph(getTranslation("resolution.source", revision.source()));
            source.addClassName("clause-note");
            add(source);
        }
        revision.sections().forEach(section -> add(section(page, section)));
    }

    /** TSB staff and chairs enter the text in the reader's language, or in another one when the reader's is the imported one. */
    private Button translateButton(ResolutionPage.Revision revision) {
        Locale reader = getLocale();
        boolean other = reader.getLanguage().equals(text.imported());
        Button translate = new Button(other ? getTranslation("resolution.translate.open.other")
                : getTranslation("resolution.translate.open", reader.getDisplayLanguage(reader)),
                e -> new RevisionTranslationDialog(texts, revision, text.imported(), reader, this::render).open());
        translate.setId("resolution-translate");
        translate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return translate;
    }

    /** Which language the text is shown in, and why when it is not the reader's (issue 15). */
    private Component languageNote() {
        Locale reader = getLocale();
        String shown = Locale.forLanguageTag(text.shown()).getDisplayLanguage(reader);
        String key = text.translated() ? "resolution.language.translated"
                : text.shown().equals(reader.getLanguage()) ? "resolution.language.imported"
                : "resolution.language.fallback";
        Paragraph note = new Paragraph(getTranslation(key, shown, reader.getDisplayLanguage(reader)));
        note.setId("resolution-language");
        note.addClassName("clause-note");
        return note;
    }

    private Component revisionSwitcher(ResolutionPage page) {
        Select<ResolutionPage.RevisionOption> select = new Select<>();
        select.setId("revision-select");
        select.setLabel(getTranslation("resolution.revision.label"));
        select.setMinWidth("18rem");
        select.setItems(page.revisions());
        select.setItemLabelGenerator(o -> getTranslation("resolution.revision.option", o.place(), o.year())
                + " (" + getTranslation(o.inForce() ? "resolution.revision.inforce" : "resolution.revision.superseded") + ")");
        page.revisions().stream()
                .filter(o -> o.id() == page.revision().id())
                .findFirst()
                .ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("resolutions/" + page.number(),
                        QueryParameters.of("rev", String.valueOf(e.getValue().year()))));
            }
        });
        return select;
    }

    private Component section(ResolutionPage page, ResolutionPage.Section section) {
        Div container = new Div();
        container.addClassNames("resolution-section", section.operative() ? "operative" : "preamble");
        container.add(new H3(text.heading(section.id(), section.heading())));
        if (section.previousHeading() != null) {
            Span previous = new Span(getTranslation("resolution.section.previousHeading", section.previousHeading()));
            previous.addClassName("clause-change");
            container.add(previous);
        }
        if (section.operative()) {
            String addressees = section.addresseeEntities().isEmpty()
                    ? (section.addressee() == null ? "" : section.addressee())
                    : String.join(", ", section.addresseeEntities());
            if (!addressees.isEmpty()) {
                Span addressee = new Span(getTranslation("resolution.section.addressee", addressees));
                addressee.addClassName("clause-note");
                container.add(addressee);
            }
        }
        section.clauses().forEach(clause -> container.add(clause(page, section, clause)));
        return container;
    }

    private Component clause(ResolutionPage page, ResolutionPage.Section section, ResolutionPage.Clause clause) {
        Div row = new Div();
        row.addClassName("clause");
        boolean deleted = clause.label() == null;
        if (deleted) {
            row.addClassName("deleted");
        }
        String label = deleted ? "" : section.operative() ? clause.label() : clause.label() + ")";
        Span labelSpan = new Span(label);
        labelSpan.addClassName("clause-label");

        Div body = new Div();
        body.addClassName("clause-text");
        // user and imported text is always set as text, never as HTML
        Span clauseText = new Span(text.clause(clause.id(), clause.text()));
        clauseText.getElement().setAttribute("dir", "auto"); // an English text in the Arabic layout stays English
        body.add(clauseText);
        clause.subItems().forEach(sub -> {
            // sub-items keep their dash, bullet or label as written; older imports stored them bare
            Span item = new Span(sub.matches("^(?:[–—\\-•·▪◦]|[a-z]{1,4}\\)|\\d).*") ? sub : "– " + sub);
            item.addClassName("clause-note");
            body.add(item);
        });
        clause.footnotes().forEach(note -> {
            Span footnote = new Span(getTranslation("resolution.clause.footnote", note));
            footnote.addClassName("clause-note");
            body.add(footnote);
        });
        changeNote(clause).ifPresent(body::add);
        if (section.operative() && !deleted) {
            row.addClassName("resolution-operative");
            body.add(citation(page, section, clause), linkedItems(clause), implementation(page, clause));
        }
        row.add(labelSpan, body);
        return row;
    }

    private Component citation(ResolutionPage page, ResolutionPage.Section section, ResolutionPage.Clause clause) {
        ResolutionPage.Revision revision = page.revision();
        String citation = Citations.of(page.number(), revision.place(), revision.year(), section.heading(),
                clause.label(), true);
        Span text = new Span(citation);
        text.addClassName("resolution-citation-text");
        Button copy = new Button(VaadinIcon.COPY.create(), e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", citation);
            Notification.show(getTranslation("resolution.citation.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel(getTranslation("resolution.citation.copy", citation));
        copy.setTooltipText(getTranslation("resolution.citation.copy.tooltip"));
        copy.addClassName("resolution-citation-copy");
        Div line = new Div(new Span(getTranslation("resolution.citation.label")), text, copy);
        line.addClassName("resolution-citation");
        return line;
    }

    private Component linkedItems(ResolutionPage.Clause clause) {
        Div box = new Div();
        box.addClassName("resolution-items");
        if (clause.items().isEmpty()) {
            Span none = new Span(getTranslation("resolution.items.none"));
            none.addClassName("clause-note");
            box.add(none);
            return box;
        }
        box.add(new H4(getTranslation("resolution.items.title")));
        UnorderedList list = new UnorderedList();
        for (ResolutionPage.LinkedItem item : clause.items()) {
            String status = item.status() == null ? getTranslation("resolution.items.nostatus") : item.statusName();
            ListItem line = new ListItem(new Span(getTranslation("resolution.items.item", item.code(), item.title(),
                    status)));
            line.addClassName("resolution-item");
            if (item.sample()) {
                Span sample = new Span(getTranslation("resolution.items.sample"));
                sample.addClassName("clause-note");
                line.add(sample);
            }
            list.add(line);
        }
        box.add(list);
        return box;
    }

    /**
     * A clause nobody reported on: the status derived from its linked items, said to be derived
     * (issue 18), or that there is no report yet.
     */
    private Span derivedOrNone(ResolutionPage.Clause clause) {
        List<String> statuses = clause.items().stream().map(ResolutionPage.LinkedItem::status).toList();
        return org.tsag.tracker.status.DerivedStatus.of(statuses).map(status -> {
            Span derived = new Span(getTranslation("resolution.implementation.derived",
                    getTranslation("status." + status), statuses.size()));
            derived.addClassName("clause-derived");
            return derived;
        }).orElseGet(() -> {
            Span none = new Span(getTranslation("resolution.implementation.empty"));
            none.addClassName("clause-note");
            return none;
        });
    }

    /** Latest status per study period, then the whole history; reports on the clauses it continues included. */
    private Component implementation(ResolutionPage page, ResolutionPage.Clause clause) {
        Div box = new Div();
        box.addClassName("resolution-implementation");
        List<ClauseEvent> events = page.eventsOf(clause.id());
        Map<String, ClauseEvent> latest = new LinkedHashMap<>();
        events.forEach(e -> latest.put(e.studyPeriod(), e));
        if (latest.isEmpty()) {
            box.add(derivedOrNone(clause));
        } else {
            UnorderedList periods = new UnorderedList();
            periods.addClassName("resolution-periods");
            latest.values().forEach(e -> periods.add(new ListItem(getTranslation("resolution.implementation.period",
                    e.studyPeriod(), e.statusName(), LocaleFormats.of(getLocale()).date(e.occurredOn())))));
            box.add(new H4(getTranslation("resolution.implementation.title")), periods);

            UnorderedList history = new UnorderedList();
            history.addClassName("resolution-history");
            for (ClauseEvent event : events) {
                ListItem line = new ListItem();
                line.add(new Span(getTranslation("resolution.implementation.event", LocaleFormats.of(getLocale()).date(event.occurredOn()),
                        event.studyPeriod(), event.statusName(), event.author())));
                if (event.progress() != null) {
                    line.add(new Span(" " + getTranslation("resolution.implementation.progress", event.progress())));
                }
                if (event.viaYear() != page.revision().year()) {
                    Span via = new Span(" " + getTranslation("resolution.implementation.via", event.viaYear(),
                            event.viaLabel()));
                    via.addClassName("resolution-via");
                    line.add(via);
                }
                if (event.narrative() != null && !event.narrative().isBlank()) {
                    Span narrative = new Span(event.narrative());
                    narrative.addClassName("clause-note");
                    line.add(narrative);
                }
                event.evidence().forEach(e -> {
                    Span evidence = new Span(getTranslation("resolution.implementation.evidence", e.kind(), e.reference()));
                    evidence.addClassName("clause-note");
                    line.add(evidence);
                });
                history.add(line);
            }
            Details details = new Details(getTranslation("resolution.implementation.history", events.size()), history);
            box.add(details);
        }
        if (CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR)) {
            Button report = new Button(getTranslation("resolution.report.open"),
                    e -> new ClauseReportDialog(service, journal, clause.id(), clause.label(), this::render).open());
            report.setId("report-clause-" + clause.id());
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(report);
        }
        return box;
    }

    private Optional<Span> changeNote(ResolutionPage.Clause clause) {
        String text = null;
        if (clause.label() == null) {
            text = getTranslation("resolution.clause.deleted", clause.previousLabel());
        } else if ("INSERTED".equals(clause.change())) {
            text = getTranslation("resolution.clause.inserted");
        } else if ("UNCERTAIN".equals(clause.change())) {
            text = getTranslation("resolution.clause.uncertain");
        } else {
            String was = clause.lineageLabel() != null ? clause.lineageLabel() : clause.previousLabel();
            if (was != null && !was.equals(clause.label())) {
                text = getTranslation("resolution.clause.was", was);
            }
        }
        if (text == null) {
            return Optional.empty();
        }
        Span note = new Span(text);
        note.addClassName("clause-change");
        return Optional.of(note);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
