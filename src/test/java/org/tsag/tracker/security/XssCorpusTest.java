package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * User and imported text never becomes HTML: a corpus of XSS payloads in every text field of a
 * resolution is shown as literal text, and no element of the page carries it as markup.
 */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class XssCorpusTest extends ViewTestBase {

    static final List<String> CORPUS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "\"><svg onload=window.__xss=1>",
            "<a href=\"javascript:window.__xss=1\">click</a>",
            "javascript:window.__xss=1",
            "<iframe src=\"javascript:window.__xss=1\"></iframe>",
            "{{constructor.constructor('window.__xss=1')()}}",
            "<style>body{display:none}</style>",
            "&lt;b&gt;entity&lt;/b&gt;",
            "' onmouseover='window.__xss=1");

    @Autowired
    ResolutionService resolutions;

    @Test
    void payloads_in_resolution_texts_are_shown_as_text_and_never_as_markup() {
        int n = 900;
        for (String payload : CORPUS) {
            String number = String.valueOf(n++);
            SystemAuthentication.run(() -> resolutions.importRevision(new RevisionImport(number, payload, "Geneva", 2022,
                    "(" + payload + ")", payload, null, null, payload, payload, true, List.of(
                    new RevisionImport.SectionImport("considering", null, "PREAMBLE", null, List.of(
                            new RevisionImport.ClauseImport("a", "a", "UNCHANGED", payload, List.of(payload), List.of(payload)))),
                    new RevisionImport.SectionImport("resolves to instruct " + payload, null, "OPERATIVE", payload, List.of(
                            new RevisionImport.ClauseImport("1", "1", "UNCHANGED", payload, List.of(), List.of())))))));

            UI.getCurrent().navigate("resolutions/" + number);
            assertThat(find(Span.class).withText(payload).all()).as(payload).isNotEmpty();
            assertNoMarkup(UI.getCurrent(), payload);
        }
        UI.getCurrent().navigate("resolutions");
        assertNoMarkup(UI.getCurrent(), CORPUS.getFirst());
    }

    static void assertNoMarkup(Component root, String payload) {
        List<Element> elements = new ArrayList<>();
        collect(root.getElement(), elements);
        for (Element element : elements) {
            assertThat(element.getComponent().orElse(null)).as("Html component").isNotInstanceOf(Html.class);
            String inner = element.getProperty("innerHTML");
            assertThat(inner == null || !inner.contains("<")).as("innerHTML of " + element.getTag()).isTrue();
            for (String attribute : element.getAttributeNames().toList()) {
                String value = element.getAttribute(attribute);
                assertThat(attribute.startsWith("on") && value != null && value.contains("__xss"))
                        .as("event handler attribute " + attribute).isFalse();
            }
            assertThat(element.getTag()).isNotIn("script", "iframe", "img", "svg");
        }
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }
}
