/**
 * The six UN languages of ITU: which ones the tracker speaks, how the language of a visitor is chosen
 * (a {@code ?lang=} link, the visitor's own choice kept in a cookie and, for a signed-in user, in
 * {@code app_user.locale}, then the browser's Accept-Language), right-to-left Arabic, and the per-locale
 * formats of dates and numbers and the collation of names. The texts themselves are in
 * {@code vaadin-i18n/translations*.properties}.
 */
package org.tsag.tracker.i18n;
