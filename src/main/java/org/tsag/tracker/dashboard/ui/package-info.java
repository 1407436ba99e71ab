/**
 * The dashboard view: key figures linked to the grid, SVG charts with linked tables, and what changed since the last meeting.
 */
package org.tsag.tracker.dashboard.ui;
