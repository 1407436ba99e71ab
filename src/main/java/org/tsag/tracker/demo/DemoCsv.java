package org.tsag.tracker.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo CSV files shipped in the jar; a bad value names its file and line. */
final class DemoCsv {

    private DemoCsv() {
    }

    static <T> List<T> read(String resource, Function<Row, T> mapper) {
        try (InputStream in = DemoCsv.class.getResourceAsStream("/demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo file missing from the jar: demo/" + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return parser.stream().map(r -> mapper.apply(new Row(resource, r))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        try (InputStream in = DemoCsv.class.getResourceAsStream("/demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo file missing from the jar: demo/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV record with typed accessors; empty fields read as null. */
    record Row(String file, CSVRecord record) {

        String text(String column) {
            String value = record.isMapped(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value.trim();
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw error(column, "is empty");
            }
            return value;
        }

        LocalDate date(String column) {
            return parsed(column, LocalDate::parse, "is not a date (yyyy-MM-dd): ");
        }

        Integer integer(String column) {
            return parsed(column, Integer::valueOf, "is not a whole number: ");
        }

        /** The field read by {@code parser} (which throws on a text it cannot read); null when empty. */
        private <T> T parsed(String column, Function<String, T> parser, String problem) {
            String value = text(column);
            try {
                return value == null ? null : parser.apply(value);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw error(column, problem + value);
            }
        }

        boolean bool(String column) {
            return Boolean.parseBoolean(text(column));
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of() : Arrays.stream(value.split(";"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        IllegalStateException error(String column, String problem) {
            // record n sits on line n + 1 (after the header) unless a field spans lines
            return new IllegalStateException("demo/%s record on line %d: column %s %s"
                    .formatted(file, record.getRecordNumber() + 1, column, problem));
        }
    }
}
