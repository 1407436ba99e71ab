package org.tsag.tracker.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The codes a sheet may use (statuses, entities, meetings, periods, plans) and the status workflow. */
record ReferenceData(
        List<StatusInfo> statuses,
        Map<String, Transition> transitions,
        List<String> entities,
        Map<String, String> entityNames,
        Set<String> meetings,
        Set<String> periods,
        Set<String> plans) {

    record StatusInfo(String code, String name, boolean closed, Integer impliedProgress) {
    }

    record Transition(boolean requiresReason, boolean chairOnly) {
    }

    static String transitionKey(String from, String to) {
        return from + "->" + to;
    }

    /** A status by code or by name, ignoring case. */
    Optional<StatusInfo> status(String text) {
        String wanted = text.strip();
        return statuses.stream()
                .filter(s -> s.code().equalsIgnoreCase(wanted) || s.name().equalsIgnoreCase(wanted)
                        || s.code().equalsIgnoreCase(wanted.replace(' ', '_')))
                .findFirst();
    }

    String statusName(String code) {
        return code == null ? null : statuses.stream()
                .filter(s -> s.code().equals(code))
                .map(StatusInfo::name)
                .findFirst()
                .orElse(code);
    }

    Optional<String> entity(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return entities.stream().filter(e -> e.equalsIgnoreCase(wanted)).findFirst();
    }

    Optional<String> meeting(String text) {
        return meetings.stream().filter(m -> m.equalsIgnoreCase(text.strip())).findFirst();
    }

    Optional<String> period(String text) {
        return periods.stream().filter(p -> p.equalsIgnoreCase(text.strip())).findFirst();
    }

    Optional<String> plan(String text) {
        return plans.stream().filter(p -> p.equalsIgnoreCase(text.strip())).findFirst();
    }
}
