/**
 * The exchange views: {@code /exchange} (upload, preview, apply, export everything) for TSB, chairs
 * and admins, and {@code /exchange/export} (export of what the item grid's filter shows) for every
 * reader. Long jobs run off the UI thread and report to a progress bar.
 */
package org.tsag.tracker.exchange.ui;
