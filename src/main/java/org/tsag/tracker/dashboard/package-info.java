/**
 * The dashboard: where the plan stands, read straight from the database (current status of every
 * item, counts by status).
 */
package org.tsag.tracker.dashboard;
