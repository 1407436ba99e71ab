package org.tsag.tracker.backup;

/** The import was refused before anything was written (or everything was rolled back), with the reason. */
public class BackupRejectedException extends RuntimeException {

    public BackupRejectedException(String message) {
        super(message);
    }

    public BackupRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
