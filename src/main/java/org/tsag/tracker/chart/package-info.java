/**
 * Charts drawn on the server as SVG text, in pure Java (no Spring, no Vaadin), so that the
 * dashboard, meeting mode and the reports draw the same pictures. Every label is XML-escaped, every
 * bar and cell carries a {@code <title>} and a link, and every colour is paired with text or a
 * pattern, since colour must never be the only carrier of meaning.
 */
package org.tsag.tracker.chart;
