/**
 * Meetings at which progress is reported and decided: TSAG, CTO/CxO meetings, workshops, WTSA
 * and Council, each within a study period.
 */
package org.tsag.tracker.meeting;
