package org.tsag.tracker.item;

import java.util.List;

/** The choices offered by the grid's filters and forms, as codes in display order. */
public record ItemOptions(
        List<String> statuses,
        List<String> entities,
        List<String> plans,
        List<String> resolutions,
        List<String> periods,
        List<String> meetings) {
}
