package org.tsag.tracker.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;

/**
 * A grid that reads on a phone: at most {@link #NARROW} px wide (the stylesheet's phone width) it
 * shows one column of compact cards, one per row, instead of its columns, so that nothing scrolls
 * sideways; on a wider window its columns come back as they were (also those a person chose). Only
 * the columns' visibility switches, on the browser window's width (what Vaadin's client reports
 * first, then its resize events): the data provider, sort, selection and links stay the grid's own.
 * The grid gets the {@code grid-cards} class while it shows cards.
 */
public final class GridCards<T> {

    /** The widest window, in CSS pixels, that shows cards (the stylesheet's {@code max-width: 600px}). */
    public static final int NARROW = 600;

    private final Grid<T> grid;
    private final Grid.Column<T> cards;
    /** The columns' visibility before they gave way to the cards. */
    private final Map<Grid.Column<T>, Boolean> wide = new LinkedHashMap<>();
    private boolean narrow;
    private Registration resize;

    private GridCards(Grid<T> grid, String header, ValueProvider<T, ? extends Component> card) {
        this.grid = grid;
        this.cards = grid.addComponentColumn(card).setKey("card").setHeader(header).setFlexGrow(1);
        cards.setVisible(false);
        cards.setPartNameGenerator(row -> "card");
        grid.addAttachListener(e -> follow(e.getUI()));
        grid.addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    /**
     * Adds the card column, headed {@code header} (what a screen reader announces for each card),
     * to a grid whose other columns are in place; returns it, e.g. to make it sortable.
     */
    public static <T> Grid.Column<T> addTo(Grid<T> grid, String header, ValueProvider<T, ? extends Component> card) {
        return new GridCards<>(grid, header, card).cards;
    }

    private void follow(UI ui) {
        Page page = ui.getPage();
        if (resize == null) {
            resize = page.addBrowserWindowResizeListener(e -> show(e.getWidth()));
        }
        ExtendedClientDetails details = page.getExtendedClientDetails();
        if (details != null && details.getScreenWidth() != -1) {
            show(details.getWindowInnerWidth());
        } else {
            page.retrieveExtendedClientDetails(d -> show(d.getWindowInnerWidth()));
        }
    }

    private void show(int windowWidth) {
        boolean nowNarrow = windowWidth > 0 && windowWidth <= NARROW;
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        if (narrow) {
            wide.clear();
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column != cards) {
                    wide.put(column, column.isVisible());
                    column.setVisible(false);
                }
            }
            cards.setVisible(true);
            grid.addClassName("grid-cards");
        } else {
            cards.setVisible(false);
            wide.forEach(Grid.Column::setVisible);
            grid.removeClassName("grid-cards");
        }
    }
}
