/**
 * Notifications: who must act hears about it. Users follow items, plans, resolutions and entities
 * (owners and the contacts of responsible entities follow their items without asking); database
 * triggers capture status reports, field changes and new items in the transaction of the change; a
 * scheduler composes one digest e-mail per user and period (immediate, daily or weekly) and, before a
 * TSAG meeting, a reminder to chairs and TSB of the items without a report since the last meeting,
 * into an outbox that it sends to the SMTP server of {@code spring.mail.*} with retries. In the app:
 * the bell, "My work", one-click unsubscribe links and the admin page of the outbox.
 */
package org.tsag.tracker.notification;
