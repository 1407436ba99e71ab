/**
 * Reads the text of an ITU resolution (WTSA, WTDC, WRC, PP; plain text exported from Word, text copied
 * from a PDF, or a .docx file) into a structured {@link org.tsag.tracker.resolution.parse.ParsedResolution}:
 * number, revision, title, history, preamble and operative sections with their addressees, and the
 * lettered, numbered or decimal clauses that the tracker follows. Proposals to revise a resolution
 * carry tracked changes; in a .docx they are read exactly from the w:ins and w:del markup, while in a
 * flattened text export they are inferred only where the text shows evidence of them
 * ({@link org.tsag.tracker.resolution.parse.ChangeEvidence}), so a clean text never yields a deleted or
 * inserted clause. Every guess and every unknown heading is a
 * {@link org.tsag.tracker.resolution.parse.ParseFlag} for a person to decide (the answers go back in
 * as {@link org.tsag.tracker.resolution.parse.ParseOptions}), and every input line is accounted for,
 * either in the result or as an {@link org.tsag.tracker.resolution.parse.IgnoredLine} with a reason.
 * Any input, however hostile, ends in a result or a
 * {@link org.tsag.tracker.resolution.parse.ResolutionParseException} naming the line or part, within
 * fixed bounds. The package is pure Java (no Spring, no database, no UI); docs/parser.md describes the
 * grammar and the corpus it is tested on.
 */
package org.tsag.tracker.resolution.parse;
