/**
 * The action item views: the lazy grid with URL filters, the item page with its forms and history, the compendium and carry-over.
 */
package org.tsag.tracker.item.ui;
