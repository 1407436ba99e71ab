package org.tsag.tracker.meeting.ui;

import java.util.ArrayList;
import java.util.List;

import org.tsag.tracker.since.Since;
import org.tsag.tracker.item.ItemRow;

/**
 * The projector deck cut into slides that each fit one 16:9 screen without scrolling (issue 18):
 * overview slides (groups and their counts, the QR code on the first), then per group a first slide
 * with its status changes since the last meeting on top and its first rows, more slides of rows, and
 * slides for the changes that did not fit on the first. The sizes are fixed numbers of rows because
 * the projector's type scales with the screen height, so a row count that fits 1366x768 fits 1920x1080.
 */
record MeetingSlides(List<Slide> slides) {

    /** Groups on an overview slide. */
    static final int OVERVIEW_ROWS = 6;
    /** Item rows on a group's first slide, under its changes. */
    static final int FIRST_ROWS = 4;
    /** Item rows on a group's further slides. */
    static final int ROWS = 8;
    /** Status changes on a group's first slide. */
    static final int FIRST_CHANGES = 3;
    /** Status changes on a slide of changes only. */
    static final int CHANGES = 6;

    /** One slide: what it shows and its place in its group ({@code part} of {@code parts}, from 1). */
    sealed interface Slide permits Overview, Items, Changes {
        /** The group shown, or null on overview slides. */
        String group();
    }

    record Overview(List<String> groups, int part, int parts) implements Slide {
        @Override
        public String group() {
            return null;
        }
    }

    /**
     * Rows of a group; on its first slide ({@code part == 1}) with the first of its changes and how
     * many more follow on later slides.
     */
    record Items(String group, List<ItemRow> rows, List<Since.Change> changes, int moreChanges, int part, int parts)
            implements Slide {
    }

    record Changes(String group, List<Since.Change> changes, int part, int parts) implements Slide {
    }

    static MeetingSlides of(MeetingDeck deck) {
        List<Slide> slides = new ArrayList<>();
        List<String> groups = new ArrayList<>(deck.groups().keySet());
        List<List<String>> overview = chunks(groups, OVERVIEW_ROWS, OVERVIEW_ROWS);
        for (int i = 0; i < overview.size(); i++) {
            slides.add(new Overview(overview.get(i), i + 1, overview.size()));
        }
        for (String group : groups) {
            List<ItemRow> rows = deck.groups().get(group);
            List<Since.Change> changes = deck.statusChanges(group);
            List<List<ItemRow>> pages = chunks(rows, FIRST_ROWS, ROWS);
            List<Since.Change> first = changes.subList(0, Math.min(FIRST_CHANGES, changes.size()));
            List<List<Since.Change>> more = changes.size() > FIRST_CHANGES
                    ? chunks(changes.subList(FIRST_CHANGES, changes.size()), CHANGES, CHANGES) : List.of();
            int parts = pages.size() + more.size();
            for (int i = 0; i < pages.size(); i++) {
                slides.add(new Items(group, pages.get(i), i == 0 ? List.copyOf(first) : List.of(),
                        i == 0 ? changes.size() - first.size() : 0, i + 1, parts));
            }
            for (int i = 0; i < more.size(); i++) {
                slides.add(new Changes(group, more.get(i), pages.size() + i + 1, parts));
            }
        }
        return new MeetingSlides(List.copyOf(slides));
    }

    /** The first slide of a group, from 1, or 0 when the deck has no such group. */
    int firstOf(String group) {
        for (int i = 0; i < slides.size(); i++) {
            if (group.equals(slides.get(i).group())) {
                return i + 1;
            }
        }
        return 0;
    }

    int count() {
        return slides.size();
    }

    /** Slide {@code number}, from 1, clamped to the deck. */
    Slide get(int number) {
        return slides.get(Math.clamp(number, 1, slides.size()) - 1);
    }

    /** The list cut into a first piece of {@code first} and pieces of {@code size}; one empty piece for an empty list. */
    private static <T> List<List<T>> chunks(List<T> list, int first, int size) {
        List<List<T>> pieces = new ArrayList<>();
        if (list.isEmpty()) {
            pieces.add(List.of());
            return pieces;
        }
        int start = 0;
        int length = first;
        while (start < list.size()) {
            pieces.add(List.copyOf(list.subList(start, Math.min(list.size(), start + length))));
            start += length;
            length = size;
        }
        return pieces;
    }
}
