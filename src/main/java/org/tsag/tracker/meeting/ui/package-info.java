/** Meeting mode: the projector slides and the phone list of the same data, read-only. */
package org.tsag.tracker.meeting.ui;
