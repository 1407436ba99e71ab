package org.tsag.tracker.security.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.i18n.LocaleFormats;
import org.tsag.tracker.i18n.NameCollation;
import org.tsag.tracker.security.UserAccount;
import org.tsag.tracker.security.UserService;

/** Users and their roles, for admins: create, change roles, disable, reset a password. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends PageLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserService users) {
        this.users = users;
        Button create = new Button(getTranslation("users.create"), e -> openCreate());
        create.setId("users-create");
        add(new H2(getTranslation("users.title")), create);

        grid.setId("users-grid");
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.column.email")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.roles())).setHeader(getTranslation("users.column.roles")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.column.state")).setAutoWidth(true);
        // how the user signs in, never an empty cell (issue 18)
        grid.addColumn(this::signIn)
                .setHeader(getTranslation("users.column.sso")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setAutoWidth(true);
        add(grid);
        refresh();
    }

    /** By name as a reader of the UI language sorts names (NameCollation), then by e-mail. */
    private void refresh() {
        grid.setItems(users.list().stream()
                .sorted(NameCollation.by(getLocale(), UserAccount::displayName).thenComparing(UserAccount::email))
                .toList());
    }

    /** How the user signs in and when they last did, in the reader's date format. */
    private String signIn(UserAccount user) {
        String how = getTranslation(user.singleSignOn() ? "users.sso" : "users.password.signin");
        return user.lastSignInAt() == null
                ? getTranslation("users.signin.never", how)
                : getTranslation("users.signin.last", how, LocaleFormats.of(getLocale()).dateTime(user.lastSignInAt()));
    }

    private HorizontalLayout actions(UserAccount user) {
        Button roles = new Button(getTranslation("users.roles"), e -> openRoles(user));
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"), e -> {
            guarded(() -> users.setEnabled(user.id(), user.version(), !user.enabled()));
            refresh();
        });
        Button reset = new Button(getTranslation("users.reset"), e -> {
            String password = users.resetPassword(user.id());
            showOnce(getTranslation("users.reset.done", user.email()), password);
        });
        reset.setEnabled(!user.singleSignOn());
        return new HorizontalLayout(roles, toggle, reset);
    }

    private void openRoles(UserAccount user) {
        Dialog dialog = new Dialog(getTranslation("users.roles.title", user.email()));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("users.column.roles"));
        roles.setItems(users.roles());
        roles.setValue(new LinkedHashSet<>(user.roles()));
        Button save = new Button(getTranslation("users.save"), e -> {
            guarded(() -> users.setRoles(user.id(), user.version(), roles.getValue()));
            dialog.close();
            refresh();
        });
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("users.create"));
        EmailField email = new EmailField(getTranslation("users.column.email"));
        email.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("users.column.name"));
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("users.column.roles"));
        roles.setItems(users.roles());
        roles.setValue(Set.of(Roles.MEMBER));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button save = new Button(getTranslation("users.save"), e -> {
            try {
                users.create(email.getValue(), name.getValue(), password.getValue(), List.copyOf(roles.getValue()));
                dialog.close();
                refresh();
            } catch (IllegalArgumentException problem) {
                error.setText(problem.getMessage());
            }
        });
        dialog.add(new VerticalLayout(email, name, password, roles, error));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (UserService.ConcurrentUserChangeException conflict) {
            Notification.show(getTranslation("users.conflict"), 6000, Notification.Position.MIDDLE);
        }
    }

    private void showOnce(String title, String secret) {
        Dialog dialog = new Dialog(title);
        TextField value = new TextField(getTranslation("users.password"));
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        dialog.add(new Paragraph(getTranslation("users.reset.once")), value);
        dialog.getFooter().add(new Button(getTranslation("users.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
