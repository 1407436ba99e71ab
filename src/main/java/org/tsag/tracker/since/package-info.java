/**
 * "Since the last meeting": what moved between two meetings (or two days) in the status journal,
 * one answer per window and visibility, shared by every screen of the node until the next change.
 * Used by the dashboard, meeting mode and the report; depends on none of them.
 */
package org.tsag.tracker.since;
