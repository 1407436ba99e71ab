/**
 * Full backup of the tracker's data as one JSON file, and its import into an empty database of
 * another server: every table of the schema in foreign-key order, rows as they are (ids, the
 * status journal and the audit journal included). The table list is read from the database's
 * catalog, so tables added by later migrations are included without changes here.
 */
package org.tsag.tracker.backup;
