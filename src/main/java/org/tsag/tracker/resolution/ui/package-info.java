/**
 * The resolution screens: the searchable list, a resolution's page (clauses, citations, linked
 * items, implementation per study period), the comparison of two revisions, and the import with
 * its preview (ImportPreviewPanel), where every flagged line must be decided first (ImportFlagsPanel).
 * Imported and user text is always set as text, never as HTML.
 */
package org.tsag.tracker.resolution.ui;
