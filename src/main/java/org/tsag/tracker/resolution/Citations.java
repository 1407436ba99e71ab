package org.tsag.tracker.resolution;

import java.util.Map;

/** Clause citations in ITU form: "Res. 68 (Rev. New Delhi, 2024), resolves to instruct the Director of TSB, 9". */
public final class Citations {

    // the abbreviations ITU documents use when they cite a clause
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "the Telecommunication Standardization Bureau", "TSB",
            "the Telecommunication Standardization Advisory Group", "TSAG",
            "the Telecommunication Development Bureau", "BDT",
            "the Radiocommunication Bureau", "BR");

    private Citations() {
    }

    public static String of(String number, String place, int year, String heading, String label, boolean operative) {
        String section = heading.replaceAll("\\s+", " ").trim();
        for (Map.Entry<String, String> name : SHORT_NAMES.entrySet()) {
            section = section.replace(name.getKey(), name.getValue());
        }
        String clause = operative ? label : label + ")";
        return "Res. %s (Rev. %s, %d), %s, %s".formatted(number, place, year, section, clause);
    }
}
