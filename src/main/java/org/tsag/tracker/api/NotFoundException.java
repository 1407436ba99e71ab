package org.tsag.tracker.api;

/** Nothing with that key, or nothing the reader may see: answered with 404. */
final class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
