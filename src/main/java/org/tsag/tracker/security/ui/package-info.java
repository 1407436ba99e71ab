/**
 * Sign-in, the gate for anonymous visitors outside public read-only mode, and user administration.
 */
package org.tsag.tracker.security.ui;
