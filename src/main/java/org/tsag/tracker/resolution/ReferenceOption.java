package org.tsag.tracker.resolution;

/** A code and its name, for choices such as statuses and study periods. */
public record ReferenceOption(String code, String name, boolean current) {
}
