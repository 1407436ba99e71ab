package org.tsag.tracker.notification.ui;

import java.time.OffsetDateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.notification.NotificationAdminService;
import org.tsag.tracker.notification.OutboxEntry;
import org.tsag.tracker.notification.OutboxSummary;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * For admins: whether e-mails are sent at all (a mail server configured, the scheduler on), the
 * outbox newest first with its failures and retries, each e-mail's text, sending a failed one again;
 * and who answers for each entity.
 */
@Route("admin/notifications")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends PageLayout implements HasDynamicTitle {


    private final NotificationAdminService admin;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Checkbox problemsOnly = new Checkbox();
    private final Paragraph status = new Paragraph();
    private final Paragraph counts = new Paragraph();

    OutboxView(NotificationAdminService admin) {
        super("outbox");
        this.admin = admin;
        status.setId("outbox-status");
        counts.setId("outbox-counts");
        add(new H2(getTranslation("notify.admin.title")), status, counts);

        problemsOnly.setId("outbox-problems");
        problemsOnly.setLabel(getTranslation("notify.admin.problems"));
        problemsOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button reload = new Button(getTranslation("notify.admin.reload"), e -> refresh());
        reload.setId("outbox-reload");
        HorizontalLayout tools = new HorizontalLayout(problemsOnly, reload);
        tools.setAlignItems(Alignment.BASELINE);
        add(tools);

        grid.setId("outbox-grid");
        grid.addColumn(e -> time(e.createdAt())).setHeader(getTranslation("notify.admin.column.created")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("notify.admin.column.recipient")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("notify.admin.kind." + e.kind())).setHeader(getTranslation("notify.admin.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("notify.admin.column.subject")).setFlexGrow(1);
        grid.addColumn(this::state).setHeader(getTranslation("notify.admin.column.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("notify.admin.column.attempts")).setAutoWidth(true);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("notify.admin.column.error"))
                .setKey("error").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("notify.admin.column.actions")).setKey("actions")
                .setAutoWidth(true);
        grid.setItems(query -> admin.outbox(problemsOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> admin.countOutbox(problemsOnly.getValue()));
        grid.setEmptyStateText(getTranslation("notify.admin.empty"));
        grid.setHeight("28rem");
        add(grid);

        add(new H3(getTranslation("notify.contacts.title")), new ContactsPanel(admin));
        refresh();
    }

    private void refresh() {
        OutboxSummary summary = admin.summary();
        status.setText(summary.mailConfigured()
                ? getTranslation("notify.admin.server", summary.mailServer())
                : getTranslation("notify.admin.noServer"));
        if (!summary.schedulerOn()) {
            status.setText(status.getText() + " " + getTranslation("notify.admin.schedulerOff"));
        }
        counts.setText(getTranslation("notify.admin.counts", summary.count("PENDING"), summary.count("SENT"),
                summary.count("FAILED"), summary.unseenChanges()));
        grid.getDataProvider().refreshAll();
    }

    private String state(OutboxEntry entry) {
        String state = getTranslation("notify.admin.state." + entry.state());
        if ("PENDING".equals(entry.state()) && entry.lastError() != null) {
            return getTranslation("notify.admin.state.retry", state, time(entry.nextAttemptAt()));
        }
        return "SENT".equals(entry.state()) ? state + " " + time(entry.sentAt()) : state;
    }

    private Component actions(OutboxEntry entry) {
        Button view = new Button(getTranslation("notify.admin.view"), e -> show(entry));
        view.setId("outbox-view-" + entry.id());
        view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(view);
        if (entry.failed()) {
            Button resend = new Button(getTranslation("notify.admin.resend"), e -> {
                admin.resend(entry.id());
                refresh();
            });
            resend.setId("outbox-resend-" + entry.id());
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(resend);
        }
        return actions;
    }

    private void show(OutboxEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(entry.subject());
        Pre text = new Pre(admin.content(entry.id()).map(c -> c.text()).orElse(""));
        text.setId("outbox-text");
        text.getStyle().set("white-space", "pre-wrap");
        dialog.add(new Span(entry.recipient()), text);
        Button close = new Button(getTranslation("notify.admin.close"), e -> dialog.close());
        close.setId("outbox-close");
        dialog.getFooter().add(close);
        dialog.setWidth("48rem");
        add(dialog);
        dialog.open();
    }

    private String time(OffsetDateTime time) {
        return time == null ? "" : LocaleFormats.of(getLocale()).dateTime(time) + " UTC";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.admin.title");
    }
}
