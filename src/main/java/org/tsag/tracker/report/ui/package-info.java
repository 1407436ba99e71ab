/** The report page: choose plans, resolutions, study period and comparison meeting, then download .docx or PDF. */
package org.tsag.tracker.report.ui;
