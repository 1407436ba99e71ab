/**
 * Live updates across nodes: database triggers announce every committed change with
 * {@code pg_notify('tracker_change', ...)}; each node listens on a dedicated connection
 * ({@link org.tsag.tracker.live.ChangeListener}), coalesces bursts into one {@link org.tsag.tracker.live.ChangeSet}
 * and hands it to its own open screens through the {@link org.tsag.tracker.live.ChangeBroadcaster}.
 * {@link org.tsag.tracker.live.LiveCache} keeps what a node computed (the dashboard) until the next
 * change it hears of, so that all its screens share one answer; {@link org.tsag.tracker.live.LiveCaches}
 * builds the values in use again ahead of the screens, in parallel, as the user who first asked.
 * Pure Java and Spring; the Vaadin side (subscribing views, {@code UI.access}) is in {@code live.ui}.
 */
package org.tsag.tracker.live;
