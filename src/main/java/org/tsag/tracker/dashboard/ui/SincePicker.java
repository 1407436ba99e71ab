package org.tsag.tracker.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.tsag.tracker.since.Since;

/**
 * Chooses the window of "since the last meeting": a meeting or a day at each end. Picking a meeting
 * clears the day on that side and the other way round; an empty end means the default (the last
 * TSAG meeting, today). The choice goes to {@code onChange} as the URL values ({@code from},
 * {@code to}: a meeting code, an ISO date or null).
 */
final class SincePicker extends HorizontalLayout {

    private final ComboBox<Since.MeetingOption> fromMeeting = new ComboBox<>();
    private final DatePicker fromDay = new DatePicker();
    private final ComboBox<Since.MeetingOption> toMeeting = new ComboBox<>();
    private final DatePicker toDay = new DatePicker();
    private boolean applying;

    SincePicker(List<Since.MeetingOption> meetings, String from, String to, BiConsumer<String, String> onChange) {
        setId("since-picker");
        addClassName("since-picker");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setUp(fromMeeting, "since-from-meeting", "since.pick.from.meeting", meetings);
        setUp(toMeeting, "since-to-meeting", "since.pick.to.meeting", meetings);
        fromDay.setId("since-from-day");
        fromDay.setLabel(getTranslation("since.pick.from.day"));
        fromDay.setClearButtonVisible(true);
        toDay.setId("since-to-day");
        toDay.setLabel(getTranslation("since.pick.to.day"));
        toDay.setClearButtonVisible(true);
        toMeeting.setPlaceholder(getTranslation("since.pick.today"));

        applying = true;
        show(from, meetings, fromMeeting, fromDay);
        show(to, meetings, toMeeting, toDay);
        applying = false;

        fromMeeting.addValueChangeListener(e -> changed(e.getValue() != null ? fromDay : null, onChange));
        fromDay.addValueChangeListener(e -> changed(e.getValue() != null ? fromMeeting : null, onChange));
        toMeeting.addValueChangeListener(e -> changed(e.getValue() != null ? toDay : null, onChange));
        toDay.addValueChangeListener(e -> changed(e.getValue() != null ? toMeeting : null, onChange));
        add(fromMeeting, fromDay, toMeeting, toDay);
    }

    private void setUp(ComboBox<Since.MeetingOption> box, String id, String labelKey, List<Since.MeetingOption> meetings) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setItems(meetings);
        box.setItemLabelGenerator(m -> getTranslation("since.pick.meeting", m.code(), m.start(), m.end()));
        box.setClearButtonVisible(true);
    }

    private static void show(String value, List<Since.MeetingOption> meetings, ComboBox<Since.MeetingOption> meeting,
            DatePicker day) {
        if (value == null) {
            return;
        }
        Optional<Since.MeetingOption> match = meetings.stream().filter(m -> m.code().equalsIgnoreCase(value)).findFirst();
        if (match.isPresent()) {
            meeting.setValue(match.get());
            return;
        }
        try {
            day.setValue(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            // an unknown value in a hand-edited link: show the default
        }
    }

    /** {@code other} is the field on the same side to clear, when a value was picked. */
    private void changed(com.vaadin.flow.component.AbstractField<?, ?> other, BiConsumer<String, String> onChange) {
        if (applying) {
            return;
        }
        applying = true;
        try {
            if (other != null) {
                other.clear();
            }
        } finally {
            applying = false;
        }
        onChange.accept(value(fromMeeting, fromDay), value(toMeeting, toDay));
    }

    private static String value(ComboBox<Since.MeetingOption> meeting, DatePicker day) {
        if (meeting.getValue() != null) {
            return meeting.getValue().code();
        }
        return day.getValue() == null ? null : day.getValue().toString();
    }
}
