/**
 * Resolutions, their revisions, sections and clauses, and the lineage that carries a clause's
 * implementation history across renumbering. The service is the feature's API; the repository
 * holds all of its SQL; {@code parse} reads resolution texts without Spring or a database.
 */
package org.tsag.tracker.resolution;
