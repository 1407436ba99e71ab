package org.tsag.tracker.audit.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's JSON in words (issue 18): "Status: In progress → Completed; Progress: 40 → 60"
 * for a change, "Code: 68-1; Title: ..." for what was created or deleted. Field names are the
 * column names made readable; long values are shortened; text that is not a JSON object is shown
 * as it is, so nothing is hidden.
 */
final class ChangeWords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 60;
    private static final String NOTHING = "\u2013";

    private ChangeWords() {
    }

    static String of(String oldJson, String newJson) {
        Map<String, Object> before = object(oldJson);
        Map<String, Object> after = object(newJson);
        if ((oldJson != null && before == null) || (newJson != null && after == null)) {
            // not an object: as it was stored
            return oldJson != null && newJson != null ? oldJson + " \u2192 " + newJson : oldJson != null ? oldJson : newJson;
        }
        List<String> parts = new ArrayList<>();
        if (before != null && after != null) {
            TreeSet<String> fields = new TreeSet<>(after.keySet());
            fields.addAll(before.keySet());
            for (String field : fields) {
                parts.add(field(field) + ": " + value(before.get(field)) + " \u2192 " + value(after.get(field)));
            }
        } else {
            Map<String, Object> values = after != null ? after : before;
            if (values == null) {
                return "";
            }
            values.forEach((field, value) -> {
                if (value != null) {
                    parts.add(field(field) + ": " + value(value));
                }
            });
        }
        return String.join("; ", parts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            Object parsed = JSON.readValue(json, Object.class);
            return parsed instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** {@code due_date} → "Due date". */
    static String field(String column) {
        String words = column.replace('_', ' ').trim();
        return words.isEmpty() ? column : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String value(Object value) {
        if (value == null) {
            return NOTHING;
        }
        String text = value instanceof String s ? s : value instanceof List<?> || value instanceof Map<?, ?>
                ? JSON.writeValueAsString(value) : String.valueOf(value);
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "\u2026" : text;
    }
}
