package org.tsag.tracker.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sorting names as a reader of the language expects: "Égypte" with the E's in French, accents and case as
 * secondary differences, Russian and Arabic in their alphabets' order (java.text.Collator, which follows the
 * Unicode collation algorithm with the locale's tailoring; the machine's C libc locale cannot).
 */
public final class NameCollation {

    private NameCollation() {
    }

    /** A comparator of names for the locale: letters first, then accents, then case. */
    public static Comparator<String> names(Locale locale) {
        Collator collator = Collator.getInstance(locale == null ? Languages.ENGLISH : locale);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return Comparator.nullsLast(collator::compare);
    }

    /** Orders records by a name they carry, e.g. {@code NameCollation.by(locale, EntityRow::name)}. */
    public static <T> Comparator<T> by(Locale locale, Function<T, String> name) {
        return Comparator.comparing(name, names(locale));
    }
}
