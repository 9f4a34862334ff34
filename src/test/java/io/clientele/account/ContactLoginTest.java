package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.Client;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactNotFoundException;
import io.clientele.contact.ContactService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Client Center logins made from contacts: refusals with reasons, name and e-mail in step, trash disables. */
class ContactLoginTest extends SpringTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ContactService contacts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UserDirectory users;

    Client acme;
    Contact anna;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        anna = testData.contact(acme, "Anna", "Becker", c -> c.setEmail("anna@acme.example"));
        actAsAccount(TestData.ADMIN);
    }

    private UserAccount loginFor(Contact contact, LoginPermissions permissions) {
        return accounts.createContactLogin(acme.getId(), contact.getId(), permissions, "a long enough passphrase");
    }

    @Test
    void a_contacts_login_signs_in_with_its_email_and_carries_its_name_client_and_permissions() {
        var quotesOnly = new LoginPermissions(false, true, false, false, false);
        UserAccount login = loginFor(anna, quotesOnly);

        UserAccount stored = testAccounts.find("anna@acme.example").orElseThrow();
        assertThat(stored.getId()).isEqualTo(login.getId());
        assertThat(stored.getType()).isEqualTo(AccountType.CLIENT);
        assertThat(stored.getDisplayName()).isEqualTo("Anna Becker");
        assertThat(stored.getEmail()).isEqualTo("anna@acme.example");
        assertThat(stored.getClientId()).isEqualTo(acme.getId());
        assertThat(stored.getContactId()).isEqualTo(anna.getId());
        assertThat(stored.getPermissions()).isEqualTo(quotesOnly);
        assertThat(accounts.loginOf(anna.getId()).orElseThrow().contactId()).isEqualTo(anna.getId());
    }

    @Test
    void a_contact_without_email_a_second_login_and_a_taken_address_are_refused_with_the_reason() {
        Contact noMail = testData.contact(acme, "Ben", "Cole");
        assertRefused(() -> loginFor(noMail, LoginPermissions.ALL), "contactlogin.refused.no-email", "Ben Cole");

        loginFor(anna, LoginPermissions.ALL);
        assertRefused(() -> loginFor(anna, LoginPermissions.ALL), "contactlogin.refused.has-login", "Anna Becker");

        // Another contact (of any client) with an address some account already uses, in any case.
        Contact twin = testData.contact(acme, "Anna", "Twin", c -> c.setEmail("ANNA@acme.example"));
        assertRefused(
                () -> loginFor(twin, LoginPermissions.ALL), "contactlogin.refused.email-taken", "ANNA@acme.example");
        Contact staffMail = testData.contact(acme, "Sam", "Copy", c -> c.setEmail(TestData.STAFF + "@test.example"));
        assertRefused(
                () -> loginFor(staffMail, LoginPermissions.ALL),
                "contactlogin.refused.email-taken",
                TestData.STAFF + "@test.example");
        assertThat(testAccounts.find("ANNA@acme.example").map(UserAccount::getId))
                .contains(testAccounts.find("anna@acme.example").orElseThrow().getId());
    }

    @Test
    void a_contact_of_another_client_or_in_the_trash_gets_no_login() {
        Client other = testData.company("Other Ltd", "info@other.example");
        assertThatThrownBy(() -> accounts.createContactLogin(
                        other.getId(), anna.getId(), LoginPermissions.ALL, "a long enough passphrase"))
                .isInstanceOf(ContactNotFoundException.class);
        SystemAuthentication.run(() -> contacts.trash(anna.getId()));
        assertThatThrownBy(() -> loginFor(anna, LoginPermissions.ALL)).isInstanceOf(ContactNotFoundException.class);
        assertThat(testAccounts.find("anna@acme.example")).isEmpty();
    }

    @Test
    void the_login_follows_the_contacts_name_and_email() {
        long id = loginFor(anna, LoginPermissions.ALL).getId();
        Contact edited = SystemAuthentication.call(() -> contacts.get(anna.getId()));
        edited.setLastName("Becker-Hall");
        edited.setName("");
        edited.setEmail("anna.hall@acme.example");
        SystemAuthentication.run(() -> contacts.save(edited));

        UserAccount login = testAccounts.find("anna@acme.example").orElseThrow();
        assertThat(login.getId()).isEqualTo(id);
        assertThat(login.getDisplayName()).isEqualTo("Anna Becker-Hall");
        assertThat(login.getEmail()).isEqualTo("anna.hall@acme.example");
        // An administrator cannot make them differ from the account side.
        assertRefused(() -> accounts.update(id, "Someone Else", "x@acme.example"), "contactlogin.edit.from-contact");
    }

    @Test
    void a_contact_with_a_login_keeps_an_address_of_its_own() {
        loginFor(anna, LoginPermissions.ALL);
        Contact noMail = SystemAuthentication.call(() -> contacts.get(anna.getId()));
        noMail.setEmail(null);
        assertRefused(
                () -> SystemAuthentication.run(() -> contacts.save(noMail)), "contactlogin.contact.email-required");
        Contact taken = SystemAuthentication.call(() -> contacts.get(anna.getId()));
        taken.setEmail(TestData.ADMIN + "@test.example");
        assertRefused(
                () -> SystemAuthentication.run(() -> contacts.save(taken)),
                "contactlogin.refused.email-taken",
                TestData.ADMIN + "@test.example");
        // Refused means undone: the contact keeps its address and the login its e-mail.
        assertThat(SystemAuthentication.call(() -> contacts.get(anna.getId())).getEmail())
                .isEqualTo("anna@acme.example");
        assertThat(testAccounts.find("anna@acme.example").orElseThrow().getEmail())
                .isEqualTo("anna@acme.example");
    }

    @Test
    void trashing_the_contact_disables_its_login_and_ends_its_sessions() {
        UserAccount login = loginFor(anna, LoginPermissions.ALL);
        String stamp = testAccounts.find("anna@acme.example").orElseThrow().credentialsStamp();
        assertThat(users.acceptsSession("anna@acme.example", stamp)).isTrue();

        // A staff member trashes the contact: no administrator's right is needed to close the door.
        actAsAccount(TestData.STAFF);
        contacts.trash(anna.getId());

        assertThat(testAccounts.find("anna@acme.example").orElseThrow().isEnabled())
                .isFalse();
        // What DisabledAccountFilter asks on every request: the open session ends on its next one.
        assertThat(users.acceptsSession("anna@acme.example", stamp)).isFalse();
        assertThat(users.isActive("anna@acme.example")).isFalse();
        // Restoring the contact does not open the door again by itself.
        contacts.restore(anna.getId());
        assertThat(testAccounts.find("anna@acme.example").orElseThrow().isEnabled())
                .isFalse();
        assertThat(login.getId()).isNotNull();
    }

    private static void assertRefused(Runnable action, String key, Object... arguments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }
}
