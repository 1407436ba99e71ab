/**
 * The database the app runs on: the embedded PostgreSQL started when no datasource is configured, and the jOOQ listener that names the acting user for the audit triggers.
 */
package org.tsag.tracker.base.database;
