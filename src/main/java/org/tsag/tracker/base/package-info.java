/**
 * The app shell's shared parts: settings (TrackerProperties), roles and the current user, the read rule (@CanRead), and running jobs as the system user.
 */
package org.tsag.tracker.base;
