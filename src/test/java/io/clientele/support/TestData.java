package io.clientele.support;

import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import io.clientele.demo.DemoDataWriter;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builders for test data, written through the real services (or the demo writer for bulk). */
@Component
public class TestData {

    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String MANAGER = "manager";
    public static final String CLIENT_USER = "clientuser";
    public static final String PASSWORD = "correct horse battery";

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final ClientService clients;
    private final ContactService contacts;
    private final DemoDataWriter demo;

    TestData(JdbcTemplate jdbc, AccountService accounts, ClientService clients, ContactService contacts,
            DemoDataWriter demo) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clients = clients;
        this.contacts = contacts;
        this.demo = demo;
    }

    /**
     * Empties the business tables (children first). The four standard accounts are created once and kept: hashing
     * their passwords with production-strength bcrypt before every test would cost seconds each time.
     */
    public void reset() {
        jdbc.update("delete from contacts");
        jdbc.update("update clients set company_id = null");
        jdbc.update("delete from clients");
        SystemAuthentication.run(() -> {
            ensureAccount(ADMIN, "Ada Admin", AccountType.ADMIN);
            ensureAccount(STAFF, "Sam Staff", AccountType.STAFF);
            ensureAccount(MANAGER, "Mia Manager", AccountType.MANAGER);
            ensureAccount(CLIENT_USER, "Carl Client", AccountType.CLIENT);
        });
    }

    private void ensureAccount(String username, String name, AccountType type) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, name, username + "@test.example", type, PASSWORD);
        }
    }

    /** Bulk clients from the deterministic demo generator. */
    public void demoClients(int count) {
        demo.writeClients(20261123L, count);
    }

    public Client company(String name, String email) {
        Client c = new Client(ClientType.COMPANY, name);
        c.setEmail(email);
        return SystemAuthentication.call(() -> clients.save(c));
    }

    public Client individual(String name, String email, String phone) {
        Client c = new Client(ClientType.INDIVIDUAL, name);
        c.setEmail(email);
        c.setPhone(phone);
        return SystemAuthentication.call(() -> clients.save(c));
    }

    public Client save(Client client) {
        return SystemAuthentication.call(() -> clients.save(client));
    }

    /** A contact saved through the service, so the primary rules apply (a client's first contact is primary). */
    public Contact contact(Client client, String firstName, String lastName) {
        return contact(client, firstName, lastName, c -> { });
    }

    /** A contact with more set by {@code with} before it is saved through the service. */
    public Contact contact(Client client, String firstName, String lastName, Consumer<Contact> with) {
        Contact c = new Contact(client);
        c.setFirstName(firstName);
        c.setLastName(lastName);
        with.accept(c);
        return SystemAuthentication.call(() -> contacts.save(c));
    }
}
