/**
 * The TSAG progress report: the document TSB files as a TD for each TSAG meeting, built from the
 * live data in one click. {@link org.tsag.tracker.report.ReportService} reads the report model
 * (resolutions, their operative clauses and action items, what changed since a meeting, the items
 * under TSAG's own responsibility) and writes it as a Word document (Apache POI) with real heading
 * styles, a table of contents, repeating table headers, landscape pages for wide tables and the
 * dashboard's charts as pictures, or as a PDF (openhtmltopdf) with embedded fonts that cover Arabic
 * and Chinese, in the reader's language (right to left in Arabic). A single item can also be printed
 * as a PDF, in the same way.
 */
package org.tsag.tracker.report;
