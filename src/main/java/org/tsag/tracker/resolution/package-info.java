/**
 * Resolutions, their revisions, sections and clauses, and the lineage that carries a clause's
 * implementation history across renumbering. The service is the feature's API; its SQL is split
 * by concern: the list and search ({@code ResolutionRepository}), a revision's page and comparison
 * ({@code RevisionQuery}), its clauses' status ({@code ClauseStatusQuery}), imports
 * ({@code RevisionImportRepository}), and {@link org.tsag.tracker.resolution.ClauseQuery}, the join of
 * where a clause sits that other features use too. {@code parse} reads resolution texts without
 * Spring or a database.
 */
package org.tsag.tracker.resolution;
