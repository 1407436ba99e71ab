/**
 * The audit journal: every change to any record (who, when, what, old and new values), written
 * by database triggers in the same transaction as the change, append-only, readable by chairs.
 */
package org.tsag.tracker.audit;
