/**
 * Demo data: Resolution 68 in its 2016 and 2024 revisions, TSAG and CxO meetings, a sample of the
 * Industry Engagement Action Plan and Resolution 68 action items with status histories, loaded
 * once into an empty database; and a generator of large synthetic datasets for benchmarks.
 */
package org.tsag.tracker.demo;
