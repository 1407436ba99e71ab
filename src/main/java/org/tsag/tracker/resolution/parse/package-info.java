/**
 * Reads the text of a WTSA resolution (plain text exported from Word, or a .docx file) into a
 * structured {@link org.tsag.tracker.resolution.parse.ParsedResolution}: number, revision, title,
 * history, preamble and operative sections, and the lettered or numbered clauses that the tracker
 * follows. Proposals to revise a resolution carry tracked changes; in a .docx they are read exactly
 * from the w:ins and w:del markup, while in a flattened text export (deleted and inserted words side
 * by side, with no marker) they are inferred, every guess is reported as a
 * {@link org.tsag.tracker.resolution.parse.ParseWarning} for a person to confirm, and every input line
 * is accounted for, either in the result or as an
 * {@link org.tsag.tracker.resolution.parse.IgnoredLine} with a reason. The package is pure Java
 * (no Spring, no database, no UI) so it can be tested on its own and reused by any importer.
 */
package org.tsag.tracker.resolution.parse;
