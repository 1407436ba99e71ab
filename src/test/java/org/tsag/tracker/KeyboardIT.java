package org.tsag.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsag.tracker.testsupport.PackagedApp;

/**
 * Keyboard only, in Debian's headless Chromium against the packaged jar: the item grid (move between rows, open an
 * item), the item form and the status report (fill in, submit) and the meeting view (next and previous slide).
 * Every element reached by the keyboard must show where the focus is (an outline, a focus ring or a shadow).
 */
class KeyboardIT {

    /** The element that has the focus, down through shadow roots, and whether it shows that it has it. */
    private static final String FOCUS = """
            const chain = [];
            let a = document.activeElement;
            while (a) {
              chain.push(a);
              a = a.shadowRoot && a.shadowRoot.activeElement ? a.shadowRoot.activeElement : null;
            }
            const shows = (el, pseudo) => {
              const s = getComputedStyle(el, pseudo);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                  || (s.boxShadow && s.boxShadow !== 'none');
            };
            let visible = false;
            // the focused element and the components around it (a field's input sits in its light DOM)
            const around = [...chain];
            for (let n = chain.length ? chain[chain.length - 1].parentNode : null, i = 0; n && i < 4; n = n.parentNode || n.host, i++) {
              if (n.nodeType === 1) around.push(n);
            }
            for (const el of around) {
              const parts = el.shadowRoot ? [...el.shadowRoot.querySelectorAll('[part~="input-field"]')] : [];
              if (shows(el) || shows(el, '::before') || shows(el, '::after') || parts.some(p => shows(p))) {
                visible = true;
              }
            }
            const ids = [];
            for (let n = chain[chain.length - 1]; n; n = n.parentNode || n.host) {
              if (n.id) ids.push(n.id);
            }
            return {ids: ids, visible: visible, tag: chain.length ? chain[chain.length - 1].localName : ''};
            """;

    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedApp.start("keyboard-it");
        app.windowSize(1366, 900);
        app.signIn();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void the_grid_moves_by_arrow_keys_and_opens_an_item_with_enter() {
        app.open("items?lang=en&sort=code");
        tabTo("item-grid", 80);
        // the grid's header row takes the focus first; Tab goes on to its body rows (Vaadin's grid keyboard model)
        if ("th".equals(focus().get("tag"))) {
            press(Keys.TAB);
        }
        assertThat(focusedRow().intValue()).as("a body row has the focus " + focus()).isGreaterThanOrEqualTo(0);
        press(Keys.ARROW_DOWN);
        int first = focusedRow().intValue();
        press(Keys.ARROW_DOWN);
        assertThat(focusedRow().intValue()).as("the focused row moved down one row from " + first + " " + focus())
                .isEqualTo(first + 1);
        assertVisibleFocus("the grid row");
        // to the cell holding the item's link, into it, and follow the link
        for (int i = 0; i < 6 && !Boolean.TRUE.equals(app.script(FOCUSED_CELL_HAS_LINK)); i++) {
            press(Keys.ARROW_RIGHT);
        }
        assertThat(app.script(FOCUSED_CELL_HAS_LINK)).as("a cell with the item's link is reachable").isEqualTo(true);
        press(Keys.ENTER);
        assertVisibleFocus("the item link in the grid");
        press(Keys.ENTER);
        new WebDriverWait(app.browser(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/items/"));
        app.settle();
        assertThat(app.browser().getCurrentUrl()).matches(".*/items/[^/?]+/[^/?]+.*");
    }

    private static final String FOCUSED_CELL_HAS_LINK = """
            const grid = document.getElementById('item-grid');
            const cell = grid && grid.shadowRoot.activeElement;
            if (!cell || cell.localName !== 'td') return false;
            const slot = cell.querySelector('slot');
            const content = slot ? slot.assignedElements()[0] : null;
            return !!(content && content.querySelector('a[href*="items/"]'));
            """;

    @Test
    void the_item_form_and_the_status_report_are_filled_in_and_submitted_with_the_keyboard() {
        app.open("items/WTSA24/68-3?lang=en");
        String title = "Workshops on the future of ITU-T " + UUID.randomUUID().toString().substring(0, 6);
        tabTo("edit-title", 120);
        assertVisibleFocus("the title field");
        type(Keys.chord(Keys.CONTROL, "a"), title);
        tabTo("edit-save", 30);
        assertVisibleFocus("the save button");
        press(Keys.ENTER);
        new WebDriverWait(app.browser(), Duration.ofSeconds(30)).until(d -> text("item-heading").contains(title));

        String narrative = "Reported by keyboard " + UUID.randomUUID().toString().substring(0, 6);
        tabTo("report-status", 80);
        assertVisibleFocus("the status select");
        press(Keys.ENTER); // opens the list
        app.settle();
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        app.settle();
        tabTo("report-progress", 10);
        assertVisibleFocus("the progress field");
        type("55");
        tabTo("report-narrative", 20);
        assertVisibleFocus("the narrative");
        type(narrative);
        tabTo("report-submit", 30);
        assertVisibleFocus("the submit button");
        press(Keys.ENTER);
        new WebDriverWait(app.browser(), Duration.ofSeconds(30))
                .until(d -> d.findElement(org.openqa.selenium.By.tagName("body")).getText().contains(narrative));
    }

    @Test
    void the_meeting_view_moves_between_slides_with_the_arrow_keys_and_the_buttons() {
        app.open("meeting?lang=en");
        String first = text("meeting-position");
        press(Keys.ARROW_RIGHT);
        new WebDriverWait(app.browser(), Duration.ofSeconds(20)).until(d -> !text("meeting-position").equals(first));
        String second = text("meeting-position");
        press(Keys.ARROW_LEFT);
        new WebDriverWait(app.browser(), Duration.ofSeconds(20)).until(d -> text("meeting-position").equals(first));

        tabTo("meeting-next", 40);
        assertVisibleFocus("the next-slide button");
        press(Keys.ENTER);
        new WebDriverWait(app.browser(), Duration.ofSeconds(20)).until(d -> text("meeting-position").equals(second));

        // right to left, the slides run leftwards: the left arrow key goes forward
        app.open("meeting?lang=ar");
        String arabicFirst = text("meeting-position");
        press(Keys.ARROW_LEFT);
        new WebDriverWait(app.browser(), Duration.ofSeconds(20)).until(d -> !text("meeting-position").equals(arabicFirst));
    }

    private static String text(String id) {
        var found = app.browser().findElements(org.openqa.selenium.By.id(id));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private static Number focusedRow() {
        Object index = app.script("""
                const grid = document.getElementById('item-grid');
                const cell = grid && grid.shadowRoot.activeElement;
                const row = cell && cell.parentElement;
                return row && typeof row.index === 'number' ? row.index : -1;
                """);
        return (Number) index;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> focus() {
        return (java.util.Map<String, Object>) app.script(FOCUS);
    }

    /** Presses Tab until the focus is inside the element with this id; fails after max presses. */
    @SuppressWarnings("unchecked")
    private static void tabTo(String id, int max) {
        for (int i = 0; i < max; i++) {
            if (((java.util.List<?>) focus().get("ids")).contains(id)) {
                return;
            }
            press(Keys.TAB);
        }
        assertThat((java.util.List<Object>) focus().get("ids")).as("Tab reaches #" + id).contains((Object) id);
    }

    private static void assertVisibleFocus(String what) {
        var focus = focus();
        assertThat(focus.get("visible")).as(what + " shows its focus (" + focus + ")").isEqualTo(true);
    }

    private static void press(CharSequence key) {
        new Actions(app.browser()).sendKeys(key).perform();
        app.settle();
    }

    private static void type(CharSequence... keys) {
        new Actions(app.browser()).sendKeys(keys).perform();
        app.settle();
    }
}
