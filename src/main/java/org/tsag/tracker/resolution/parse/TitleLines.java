package org.tsag.tracker.resolution.parse;

import java.util.regex.Pattern;

/**
 * What is not a title line between the header and the history or assembly line. A published copy whose
 * cover gave the header ("Resolution 69 – title") has its foreword, copyright line and the title again
 * there. An ITU title is a phrase: it does not end with a full stop, runs to at most {@value #MAX_TITLE}
 * characters, and is not said twice.
 */
final class TitleLines {

    private static final int MAX_TITLE = 400;
    // "... the published version." : prose ends with a full stop after a word (not "etc." or "No.").
    private static final Pattern SENTENCE = Pattern.compile("(?:\\p{Ll}{3,}|\\))\\.(?:$|\\h+\\p{Lu})");
    // "© ITU 2013", "ã ITU 2013" (a © read in the wrong code page), or the © lost: "ITU 2012".
    private static final Pattern COPYRIGHT = Pattern.compile("^\\W{0,2}\\p{L}?\\h*ITU\\h+(?:19|20)\\d{2}$");

    private TitleLines() {
    }

    /** @param title the title read so far, empty if none */
    static boolean notTitle(String text, String title) {
        return text.length() > MAX_TITLE || title.length() + text.length() > MAX_TITLE
                || SENTENCE.matcher(text).find() || COPYRIGHT.matcher(text).matches()
                || !title.isEmpty() && title.equalsIgnoreCase(text.strip());
    }
}
