package org.tsag.tracker.security.ui;

import java.time.OffsetDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.security.ApiToken;
import org.tsag.tracker.security.ApiTokenService;
import org.tsag.tracker.security.NewApiToken;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The signed-in user's personal API tokens: create one with a name (shown once), see when each
 * was last used, revoke one. Also points to the API's documentation and the Atom feed.
 */
@Route("account/tokens")
@PermitAll
class ApiTokensView extends PageLayout implements HasDynamicTitle {


    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens) {
        super("api-tokens");
        this.tokens = tokens;

        Anchor docs = new Anchor("swagger-ui.html", getTranslation("tokens.docs"));
        docs.setId("tokens-docs");
        docs.setRouterIgnore(true);
        Anchor feed = new Anchor("feed/events.atom", getTranslation("tokens.feed"));
        feed.setId("tokens-feed");
        feed.setRouterIgnore(true);
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")),
                new HorizontalLayout(docs, feed));

        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setMaxLength(100);
        Button create = Controls.primary(getTranslation("tokens.create"), "token-create", e -> create(name));
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        add(form);

        grid.setId("tokens-grid");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.column.name")).setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "\u2026").setHeader(getTranslation("tokens.column.token")).setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("tokens.column.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never") : time(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.column.used")).setAutoWidth(true);
        grid.addColumn(t -> t.active() ? getTranslation("tokens.active")
                        : getTranslation("tokens.revoked", time(t.revokedAt())))
                .setHeader(getTranslation("tokens.column.state")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("actions")
                .setHeader(getTranslation("tokens.column.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void create(TextField name) {
        try {
            NewApiToken token = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showOnce(token);
        } catch (IllegalArgumentException problem) {
            name.setErrorMessage(getTranslation("tokens.name.error"));
            name.setInvalid(true);
        }
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = Controls.rowAction(getTranslation("tokens.revoke"), "token-revoke-" + token.id(),
                getTranslation("tokens.revoke.label", token.name()), () -> {
                    tokens.revoke(token.id());
                    refresh();
                }, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.active());
        return revoke;
    }

    private void showOnce(NewApiToken token) {
        Dialog dialog = new Dialog(getTranslation("tokens.created", token.name()));
        dialog.setId("token-dialog");
        TextField value = new TextField(getTranslation("tokens.column.token"));
        value.setId("token-value");
        value.setValue(token.token());
        value.setReadOnly(true);
        value.setWidthFull();
        Paragraph usage = new Paragraph(getTranslation("tokens.usage"));
        usage.addClassName("token-usage");
        dialog.add(new Paragraph(getTranslation("tokens.once")), value, usage);
        Button close = new Button(getTranslation("tokens.close"), e -> dialog.close());
        close.setId("token-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private String time(OffsetDateTime time) {
        return time == null ? "" : LocaleFormats.of(getLocale()).dateTime(time) + " UTC";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
