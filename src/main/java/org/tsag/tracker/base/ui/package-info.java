/**
 * The page shell and frame: Lumo theme and our stylesheet, the layout with navigation and sign-in, and small shared UI parts.
 * Features add to the title bar through {@link org.tsag.tracker.base.ui.NavbarItem} beans (the notification bell), so the
 * layout depends on none of them.
 */
package org.tsag.tracker.base.ui;
