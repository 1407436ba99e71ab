/**
 * The page shell and frame: Lumo theme and our stylesheet, the layout with navigation and sign-in, and small shared UI parts.
 */
package org.tsag.tracker.base.ui;
