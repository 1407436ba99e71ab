/**
 * The dashboard: where the plan stands, read straight from the database (current status of every
 * item, counts by status), built once per node after each change and shared by its screens
 * (see {@link org.tsag.tracker.live.LiveCache}).
 */
package org.tsag.tracker.dashboard;
