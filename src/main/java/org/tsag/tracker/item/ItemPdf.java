package org.tsag.tracker.item;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Prints one item as a PDF. The report feature implements it (it owns the PDF machinery); the item
 * page only offers the download, so the item feature does not depend on the report feature.
 */
public interface ItemPdf {

    /**
     * Writes the item as a PDF in the reader's language (the page's locale; English for null), subject to
     * the same reading rights as the item page.
     *
     * @throws IllegalArgumentException when there is no such item, or the reader may not see it
     */
    void write(String plan, String code, Locale reader, OutputStream out) throws IOException;
}
