/**
 * The language menu (title bar, login page, meeting views) and the choice of each UI's language and writing
 * direction when it starts.
 */
package org.tsag.tracker.i18n.ui;
