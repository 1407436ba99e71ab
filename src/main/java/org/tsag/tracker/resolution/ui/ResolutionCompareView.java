package org.tsag.tracker.resolution.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.base.ui.UrlValues;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionComparison;

/**
 * Two revisions of a resolution clause by clause, e.g. {@code /resolutions/68/compare?from=2016&to=2024}:
 * added, deleted, relabelled and changed clauses, with word-level differences. Differences carry a
 * text marker ([+ +], [- -]) besides their colour, and every text is set as text, never as HTML.
 */
@Route("resolutions/:number/compare")
@AnonymousAllowed
class ResolutionCompareView extends PageLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResolutionService service;
    private String title = "";

    ResolutionCompareView(ResolutionService service) {
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String number = event.getRouteParameters().get("number").orElse("");
        QueryParameters query = event.getLocation().getQueryParameters();
        title = getTranslation("compare.title", number);
        add(new Anchor("resolutions/" + number, getTranslation("compare.back", number)));

        List<ResolutionPage.RevisionOption> revisions = service.revisions(number);
        if (revisions.size() < 2) {
            add(new H2(title), new Paragraph(getTranslation("compare.notenough", number)));
            return;
        }
        // revisions are newest first: by default the newest against the one before it
        int to = year(query, "to").orElse(revisions.get(0).year());
        int from = year(query, "from").orElse(revisions.get(1).year());
        add(switcher(number, revisions, from, to));

        Optional<RevisionComparison> comparison = from < to ? service.compare(number, from, to) : Optional.empty();
        if (comparison.isEmpty()) {
            add(new H2(title), new Paragraph(getTranslation("compare.invalid", from, to)));
            return;
        }
        show(comparison.get());
    }

    private Component switcher(String number, List<ResolutionPage.RevisionOption> revisions, int from, int to) {
        Select<Integer> fromSelect = yearSelect("compare-from", "compare.from", revisions, from);
        Select<Integer> toSelect = yearSelect("compare-to", "compare.to", revisions, to);
        fromSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(number, e.getValue(), toSelect.getValue());
            }
        });
        toSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(number, fromSelect.getValue(), e.getValue());
            }
        });
        HorizontalLayout row = new HorizontalLayout(fromSelect, toSelect);
        row.setWrap(true); // on a phone the second year goes under the first
        return row;
    }

    private Select<Integer> yearSelect(String id, String label, List<ResolutionPage.RevisionOption> revisions,
                                       int value) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(revisions.stream().map(ResolutionPage.RevisionOption::year).toList());
        select.setItemLabelGenerator(y -> revisions.stream()
                .filter(o -> o.year() == y)
                .findFirst()
                .map(o -> getTranslation("resolution.revision.option", o.place(), o.year()))
                .orElse(String.valueOf(y)));
        if (revisions.stream().anyMatch(o -> o.year() == value)) {
            select.setValue(value);
        }
        return select;
    }

    private void navigate(String number, Integer from, Integer to) {
        if (from != null && to != null) {
            getUI().ifPresent(ui -> ui.navigate("resolutions/" + number + "/compare",
                    new QueryParameters(Map.of("from", List.of(String.valueOf(from)),
                            "to", List.of(String.valueOf(to))))));
        }
    }

    private void show(RevisionComparison comparison) {
        H2 heading = new H2(getTranslation("compare.heading", comparison.number(),
                comparison.from().place(), comparison.from().year(),
                comparison.to().place(), comparison.to().year()));
        heading.setId("compare-heading");
        add(heading, summary(comparison));

        String section = null;
        Div container = null;
        for (RevisionComparison.ClauseDiff diff : comparison.clauses()) {
            if (container == null || !Objects.equals(section, diff.section())) {
                section = diff.section();
                container = new Div(new H3(section));
                container.addClassName("compare-section");
                add(container);
            }
            container.add(clause(diff));
        }
    }

    private Component summary(RevisionComparison comparison) {
        Map<RevisionComparison.Change, Integer> counts = new EnumMap<>(RevisionComparison.Change.class);
        comparison.clauses().forEach(c -> {
            counts.merge(c.change(), 1, Integer::sum);
            if (c.relabelled() && c.change() == RevisionComparison.Change.CHANGED) {
                counts.merge(RevisionComparison.Change.RELABELLED, 1, Integer::sum);
            }
        });
        Paragraph summary = new Paragraph(getTranslation("compare.summary",
                counts.getOrDefault(RevisionComparison.Change.ADDED, 0),
                counts.getOrDefault(RevisionComparison.Change.DELETED, 0),
                counts.getOrDefault(RevisionComparison.Change.RELABELLED, 0),
                counts.getOrDefault(RevisionComparison.Change.CHANGED, 0)));
        summary.setId("compare-summary");
        return summary;
    }

    private Component clause(RevisionComparison.ClauseDiff diff) {
        Div row = new Div();
        row.addClassNames("compare-clause", "compare-" + diff.change().name().toLowerCase(java.util.Locale.ROOT));
        Span label = new Span(lineage(diff));
        label.addClassName("compare-label");
        Span change = new Span(switch (diff.change()) {
            case ADDED -> getTranslation("compare.change.ADDED");
            case DELETED -> getTranslation("compare.change.DELETED");
            case RELABELLED -> getTranslation("compare.change.RELABELLED");
            case CHANGED -> getTranslation("compare.change.CHANGED");
            case UNCHANGED -> getTranslation("compare.change.UNCHANGED");
        });
        change.addClassName("compare-change");
        Div words = new Div();
        words.addClassName("compare-words");
        for (RevisionComparison.Words part : diff.words()) {
            words.add(words(part), new Span(" "));
        }
        row.add(label, change, words);
        return row;
    }

    /** "TSB 8 (was 5)". */
    private String lineage(RevisionComparison.ClauseDiff diff) {
        return switch (diff.change()) {
            case ADDED -> getTranslation("compare.label.added", diff.prefix(), diff.label());
            case DELETED -> getTranslation("compare.label.deleted", diff.prefix(), diff.previousLabel());
            default -> diff.relabelled()
                    ? getTranslation("compare.label.relabelled", diff.prefix(), diff.label(), diff.previousLabel())
                    : getTranslation("compare.label.same", diff.prefix(), diff.label());
        };
    }

    private Span words(RevisionComparison.Words part) {
        return switch (part.change()) {
            case EQUAL -> new Span(part.text());
            case INSERTED -> marked(part.text(), "compare-ins", "compare.inserted", "[+", "+]");
            case DELETED -> marked(part.text(), "compare-del", "compare.deleted", "[-", "-]");
        };
    }

    private Span marked(String text, String className, String ariaKey, String open, String close) {
        Span span = new Span(open + " " + text + " " + close);
        span.addClassName(className);
        span.getElement().setAttribute("aria-label", getTranslation(ariaKey, text));
        return span;
    }

    private static Optional<Integer> year(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(UrlValues::wholeNumber);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
