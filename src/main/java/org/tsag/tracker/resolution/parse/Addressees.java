package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an addressee such as "the Secretary-General and the Directors of the three Bureaux" or
 * "Member States, Sector Members, Associates and Academia" into the parties it names. A list is split
 * at a comma or "and" outside brackets only where a new party starts ("the", "all", a capital, or
 * "academia", the one category of members written lower-case); any
 * other piece ("as appropriate", "developing countries" after "developed and") stays with the party
 * before it, so a qualifier is never taken for a party of its own.
 */
final class Addressees {

    private static final int MAX_LENGTH = 1_000;

    private Addressees() {
    }

    static List<String> split(String addressee) {
        if (addressee == null || addressee.isBlank()) {
            return List.of();
        }
        String text = addressee.strip();
        if (text.length() > MAX_LENGTH) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                int after = separatorEnd(text, i);
                if (after > 0 && startsParty(text, after)) {
                    parts.add(text.substring(start, i).strip());
                    start = after;
                    i = after - 1;
                }
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** @return where the next party would start if a list separator (", ", " and ", ", and ") is at i, else -1 */
    private static int separatorEnd(String text, int i) {
        if (text.startsWith(", and ", i)) {
            return i + 6;
        }
        if (text.startsWith(", ", i) || text.startsWith("; ", i)) {
            return i + 2;
        }
        if (text.startsWith(" and ", i)) {
            return i + 5;
        }
        return -1;
    }

    private static boolean startsParty(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(at))) {
            return true;
        }
        return text.startsWith("the ", at) || text.startsWith("all ", at) || isWord(text, at, "academia");
    }

    /** "academia", ITU's fourth category of members, is written lower-case: "Sector Members, Associates and academia". */
    private static boolean isWord(String text, int at, String word) {
        int end = at + word.length();
        return text.startsWith(word, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
