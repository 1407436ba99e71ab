package org.tsag.tracker.resolution.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;

/**
 * One resolution: header, history, sections and clauses, operative sections marked with their
 * addressee. {@code /resolutions/68} shows the revision in force, {@code ?rev=2016} another one.
 */
@Route("resolutions")
@AnonymousAllowed
class ResolutionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ResolutionService service;
    private String title = "";

    ResolutionView(ResolutionService service) {
        this.service = service;
        addClassName("view");
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String number) {
        removeAll();
        Integer year = event.getLocation().getQueryParameters().getSingleParameter("rev")
                .flatMap(ResolutionView::parseYear)
                .orElse(null);
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
        add(revisionSwitcher(page));

        Div header = new Div();
        header.addClassName("resolution-header");
        H2 heading = new H2(getTranslation("resolution.header", page.number(), revision.place(), revision.year()));
        heading.setId("resolution-heading");
        header.add(heading, new H3(revision.title()));
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
        revision.sections().forEach(section -> add(section(section)));
    }

    private Component revisionSwitcher(ResolutionPage page) {
        Select<ResolutionPage.RevisionOption> select = new Select<>();
        select.setId("revision-select");
        select.setLabel(getTranslation("resolution.revision.label"));
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

    private Component section(ResolutionPage.Section section) {
        Div container = new Div();
        container.addClassNames("resolution-section", section.operative() ? "operative" : "preamble");
        container.add(new H3(section.heading()));
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
        section.clauses().forEach(clause -> container.add(clause(section, clause)));
        return container;
    }

    private Component clause(ResolutionPage.Section section, ResolutionPage.Clause clause) {
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
        body.add(new Span(clause.text()));
        clause.subItems().forEach(sub -> {
            Span item = new Span("– " + sub);
            item.addClassName("clause-note");
            body.add(item);
        });
        clause.footnotes().forEach(note -> {
            Span footnote = new Span(getTranslation("resolution.clause.footnote", note));
            footnote.addClassName("clause-note");
            body.add(footnote);
        });
        changeNote(clause).ifPresent(body::add);
        row.add(labelSpan, body);
        return row;
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

    private static Optional<Integer> parseYear(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
