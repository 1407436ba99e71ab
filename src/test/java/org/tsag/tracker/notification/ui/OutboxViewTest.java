package org.tsag.tracker.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.notification.EntityContacts;
import org.tsag.tracker.notification.NotificationAdminService;
import org.tsag.tracker.notification.OutboxEntry;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The admin page says that nothing is sent without a mail server, and sets an entity's contacts. */
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class OutboxViewTest extends ViewTestBase {

    @Autowired
    UserService users;
    @Autowired
    NotificationAdminService admin;

    @Test
    @SuppressWarnings("unchecked")
    void without_a_mail_server_the_page_says_nothing_is_sent_and_contacts_can_be_set() {
        SystemAuthentication.run(() -> users.create("sam@example.org", "Sam Secretariat", "correct horse battery", List.of("TSB")));
        navigate("admin/notifications", OutboxView.class);
        assertThat(find(Paragraph.class).withId("outbox-status").single().getText())
                .startsWith("No mail server is configured (spring.mail.host)")
                .contains("This node does not compose or send");
        Grid<OutboxEntry> outbox = find(Grid.class).withId("outbox-grid").single();
        assertThat(test(outbox).size()).isZero();

        ComboBox<EntityContacts> entity = find(ComboBox.class).withId("contacts-entity").single();
        test(entity).selectItem("BDT (BDT)");
        MultiSelectComboBox<EntityContacts.Person> people = find(MultiSelectComboBox.class).withId("contacts-people").single();
        EntityContacts.Person sam = people.getListDataView().getItems().filter(p -> p.email().equals("sam@example.org"))
                .findFirst().orElseThrow();
        people.setValue(Set.of(sam));
        test(find(Button.class).withId("contacts-save").single()).click();
        assertThat(admin.entityContacts().stream().filter(e -> e.code().equals("BDT")).findFirst().orElseThrow().contacts())
                .extracting(EntityContacts.Person::email).containsExactly("sam@example.org");
        Grid<EntityContacts> contacts = find(Grid.class).withId("contacts-grid").single();
        assertThat(test(contacts).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_can_neither_open_the_outbox_nor_see_it_in_the_menu_but_has_my_work() {
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/notifications");
        assertThat(getCurrentView()).isNotInstanceOf(OutboxView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("my-work");
        assertThat(find(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .noneSatisfy(item -> assertThat(item.getPath()).isEqualTo("admin/notifications"))
                .anySatisfy(item -> assertThat(item.getPath()).isEqualTo("my-work"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void contacts_are_offered_in_the_readers_alphabet_order() {
        SystemAuthentication.run(() -> {
            users.create("zoe@example.org", "Zoé Zimmer", "correct horse battery", List.of("TSB"));
            users.create("eric@example.org", "Eric Martin", "correct horse battery", List.of("TSB"));
            users.create("emile@example.org", "Émile Dupont", "correct horse battery", List.of("TSB"));
            users.create("zhang@example.org", "张伟", "correct horse battery", List.of("TSB"));
            users.create("li@example.org", "李娜", "correct horse battery", List.of("TSB"));
        });
        com.vaadin.flow.component.UI.getCurrent().setLocale(org.tsag.tracker.i18n.Languages.FRENCH);
        navigate("admin/notifications", OutboxView.class);
        MultiSelectComboBox<EntityContacts.Person> people = find(MultiSelectComboBox.class).withId("contacts-people").single();
        List<String> names = people.getListDataView().getItems().map(EntityContacts.Person::displayName)
                .filter(n -> List.of("Zoé Zimmer", "Eric Martin", "Émile Dupont").contains(n)).toList();
        // É sorts with the E's in French, not after Z as by code point
        assertThat(names).containsExactly("Émile Dupont", "Eric Martin", "Zoé Zimmer");

        com.vaadin.flow.component.UI.getCurrent().setLocale(org.tsag.tracker.i18n.Languages.CHINESE);
        navigate("admin/notifications", OutboxView.class);
        people = find(MultiSelectComboBox.class).withId("contacts-people").single();
        assertThat(people.getListDataView().getItems().map(EntityContacts.Person::displayName)
                .filter(n -> List.of("张伟", "李娜").contains(n)).toList()).containsExactly("李娜", "张伟");
    }
}
