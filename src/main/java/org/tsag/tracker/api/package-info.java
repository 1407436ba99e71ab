/**
 * The read-only JSON API under {@code /api/v1} for other systems: plans, items (with the grid's
 * filters and paging), events, resolutions with their revisions and clauses, meetings and study
 * periods. Controllers call the features' services, so the same access rules apply as in the
 * views; the JSON shapes are records of their own here, so that the API stays stable when the
 * services change. Documented by springdoc-openapi at {@code /v3/api-docs} and Swagger UI.
 */
package org.tsag.tracker.api;
