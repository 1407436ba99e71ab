package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of clause labels in ITU texts: letters (a, b, ... with "a bis" between a and b),
 * numbers (1, 1bis, 2) and decimal numbers (1.1, 1.2, 2.1.1, 1bis.1). A label is read as components,
 * each a value (a = 1) and a suffix rank (bis = 1, ter = 2, ...).
 */
final class LabelOrder {

    /** One level of a label: "3" is (3, 0), "3bis" is (3, 1). */
    record Component(int value, int suffix) {
    }

    static final String SUFFIXES = "bis|ter|quater|quinquies|sexies";
    private static final List<String> SUFFIX_RANKS = List.of("", "bis", "ter", "quater", "quinquies", "sexies");
    private static final Pattern NUMBER_PART = Pattern.compile("(\\d{1,4})\\h?(" + SUFFIXES + ")?");
    private static final Pattern LETTER_LABEL = Pattern.compile("([a-z])\\h?(" + SUFFIXES + ")?");

    private LabelOrder() {
    }

    /** @return the components of a label, or an empty list if it is not one of the forms above */
    static List<Component> parse(String label, LabelStyle style) {
        if (label == null || label.isEmpty() || label.length() > 20) {
            return List.of();
        }
        if (style == LabelStyle.LETTER) {
            Matcher letter = LETTER_LABEL.matcher(label);
            return letter.matches() ? List.of(new Component(letter.group(1).charAt(0) - 'a' + 1, rank(letter.group(2))))
                    : List.of();
        }
        List<Component> parts = new ArrayList<>();
        for (String part : label.split("\\.", -1)) {
            Matcher number = NUMBER_PART.matcher(part);
            if (!number.matches() || number.group(1).charAt(0) == '0') {
                return List.of();
            }
            parts.add(new Component(Integer.parseInt(number.group(1)), rank(number.group(2))));
        }
        return parts;
    }

    private static int rank(String suffix) {
        return suffix == null ? 0 : SUFFIX_RANKS.indexOf(suffix);
    }

    /** Whether a label is a plain a, b, c or 1, 2, 3 (no suffix, no decimals). */
    static boolean isSimple(List<Component> label) {
        return label.size() == 1 && label.get(0).suffix() == 0;
    }

    /**
     * Whether {@code next} may directly follow {@code previous} in one section: the next sibling
     * (1.2 after 1.1, 1bis after 1), the first child (1.1 after 1), or the next label at a higher level
     * (2 or 2.1 after 1.3). A section's first label must be a first one (a, 1, 1.1).
     *
     * @param previous null for the first label of a section
     */
    static boolean follows(List<Component> previous, List<Component> next) {
        if (next.isEmpty()) {
            return false;
        }
        if (previous == null || previous.isEmpty()) {
            return next.stream().allMatch(c -> c.value() == 1 && c.suffix() == 0)
                    || next.size() > 1 && next.get(next.size() - 1).value() == 1 && next.get(next.size() - 1).suffix() == 0;
        }
        if (next.size() == previous.size() + 1 && next.subList(0, previous.size()).equals(previous)) {
            Component child = next.get(next.size() - 1);
            return child.value() == 1 && child.suffix() == 0;
        }
        for (int level = 0; level < previous.size() && level < next.size(); level++) {
            if (!next.subList(0, level).equals(previous.subList(0, level))) {
                return false;
            }
            if (successor(previous.get(level), next.get(level))) {
                return next.subList(level + 1, next.size()).stream().allMatch(c -> c.value() == 1 && c.suffix() == 0);
            }
        }
        return false;
    }

    private static boolean successor(Component previous, Component next) {
        return next.value() == previous.value() && next.suffix() == previous.suffix() + 1
                || next.value() == previous.value() + 1 && next.suffix() == 0;
    }

    /** Compares two parsed labels in reading order (lexicographically by component). */
    static int compare(List<Component> a, List<Component> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byValue = Integer.compare(a.get(i).value(), b.get(i).value());
            if (byValue != 0) {
                return byValue;
            }
            int bySuffix = Integer.compare(a.get(i).suffix(), b.get(i).suffix());
            if (bySuffix != 0) {
                return bySuffix;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
