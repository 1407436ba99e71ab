/**
 * The Atom feed of status events (like the IETF Datatracker's), for feed readers and other
 * systems: {@code /feed/events.atom}, filtered per action plan or resolution. Built with ROME;
 * it follows the read API's access rules.
 */
package org.tsag.tracker.feed;
