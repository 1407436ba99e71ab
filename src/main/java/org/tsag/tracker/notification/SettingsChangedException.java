package org.tsag.tracker.notification;

/** The settings were saved elsewhere (another tab, an unsubscribe link) since they were read. */
public class SettingsChangedException extends RuntimeException {

    public SettingsChangedException() {
        super("The notification settings were changed meanwhile");
    }
}
