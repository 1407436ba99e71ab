/**
 * Commands run from the packaged jar ({@code java -jar tsag-tracker.jar resolution parse FILE}),
 * so that imports and checks can be scripted.
 */
package org.tsag.tracker.cli;
