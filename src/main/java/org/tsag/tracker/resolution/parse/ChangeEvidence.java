package org.tsag.tracker.resolution.parse;

/**
 * A sign, found on one line, that a plain text carries tracked changes flattened by Word's export: a
 * MOD/ADD marker of a proposal, a header or assembly line naming two assemblies run together, a
 * doubled label ("46", "cf)") or two headings run together. Only a text with such a sign has its
 * labels and headings read as possible changes; a clean text never yields a deleted or inserted clause.
 *
 * @param line   1-based
 * @param reason plain English, shown to users: why change-guessing was switched on
 */
public record ChangeEvidence(int line, String reason) {
}
