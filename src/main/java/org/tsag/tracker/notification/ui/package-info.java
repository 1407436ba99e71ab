/** The bell in the title bar, the "My work" page and the admin page of the mail outbox and entity contacts. */
package org.tsag.tracker.notification.ui;
