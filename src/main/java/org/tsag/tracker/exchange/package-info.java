/**
 * Data exchange with TSB's spreadsheets: the action plan exported as an Excel workbook in TSB's
 * sheet layout (a detailed sheet of every item, a sheet of the items under TSAG's own
 * responsibility, a summary sheet per resolution) or as CSV, and the detailed sheet imported back
 * with a per-row preview against the database, row errors that name sheet, row and column, and an
 * all-or-nothing apply in which status changes become events of the status journal.
 */
package org.tsag.tracker.exchange;
