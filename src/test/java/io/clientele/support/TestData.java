package io.clientele.support;

import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.account.LoginPermissions;
import io.clientele.account.PasswordLinks;
import io.clientele.account.TestAccounts;
import io.clientele.base.security.LoginThrottle;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.PortalSections;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import io.clientele.crm.Opportunity;
import io.clientele.crm.OpportunityService;
import io.clientele.demo.DemoDataWriter;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntry;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

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

    @Autowired
    private ClientGroupService groups;

    private final FakeClientDocuments documents;

    @Autowired
    private ProjectService projects;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private PasswordLinks passwordLinks;

    @Autowired
    private TestAccounts testAccounts;

    @Autowired
    private SettingsService settings;

    TestData(
            JdbcTemplate jdbc,
            AccountService accounts,
            ClientService clients,
            ContactService contacts,
            DemoDataWriter demo,
            FakeClientDocuments documents) {
        this.documents = documents;
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
        jdbc.update("delete from password_tokens");
        jdbc.update("delete from account_events");
        // Throttling and the reset-request budget live in memory: each test starts with none collected.
        throttle.forgetAll();
        ((Map<?, ?>) Objects.requireNonNull(ReflectionTestUtils.getField(
                        (Object) AopTestUtils.getTargetObject(passwordLinks), "requestsByAddress")))
                .clear();
        jdbc.update("delete from user_preferences");
        jdbc.update("delete from mail_templates");
        jdbc.update("delete from import_mappings");
        jdbc.update("delete from reminders");
        jdbc.update("delete from payment_reminders");
        jdbc.update("delete from statement_sends");
        jdbc.update("delete from statement_schedules");
        jdbc.update("delete from reminder_policies where client_id is not null");
        jdbc.update("update reminder_policies set step1_days = null, step2_days = null, step3_days = null,"
                + " fee_kind = 'NONE', fee_amount = 0");
        jdbc.update("delete from recurring_runs");
        jdbc.update("delete from recurring_profile_lines");
        jdbc.update("delete from recurring_profiles");
        // Before the clients go: deleting a client deletes its accounts, and the standard client user must stay.
        jdbc.update("update user_accounts set client_id = null," + " credentials_changed_at = null, enabled = true,"
                + " contact_id = null, portal_invoices = true, portal_quotes = true, portal_projects = true,"
                + " portal_timesheets = true, portal_support = true");
        jdbc.update("delete from mail_sends");
        jdbc.update("delete from company_logo");
        jdbc.update("delete from payments");
        jdbc.update("update billing_documents set converted_invoice_id = null");
        jdbc.update("delete from billing_documents");
        // The dashboard's kept open balances (issue 19) go with the invoices they count.
        jdbc.update("delete from open_balance_totals");
        jdbc.update("delete from open_due_totals");
        jdbc.update("delete from received_totals");
        jdbc.update("delete from open_balance_scopes");
        jdbc.update("delete from open_balances");
        // The group report's kept months (issue 18) too.
        jdbc.update("delete from invoice_months");
        jdbc.update("delete from group_months");
        jdbc.update("delete from client_deletions");
        jdbc.update("delete from number_sequences");
        jdbc.update("delete from opportunities");
        jdbc.update("delete from client_field_rules");
        // Custom fields (issue 22); their values go with them.
        jdbc.update("delete from custom_fields");
        jdbc.update("delete from contacts");
        jdbc.update("delete from client_attachments");
        jdbc.update("delete from client_notes");
        jdbc.update("delete from client_history");
        jdbc.update("delete from time_entries");
        jdbc.update("delete from project_members");
        jdbc.update("delete from projects");
        jdbc.update("update clients set company_id = null, parent_id = null");
        jdbc.update("delete from clients");
        jdbc.update("delete from client_groups");
        jdbc.update("delete from client_tags");
        jdbc.update("delete from lead_sources where name not in ('Website', 'Referral', 'Trade show', 'Cold call',"
                + " 'Other')");
        // A test may have deleted a seeded source: put the five defaults back.
        for (String source : List.of("Website", "Referral", "Trade show", "Cold call", "Other")) {
            jdbc.update(
                    "insert into lead_sources (version, name) select 0, ? from system_settings where id = 1"
                            + " and not exists (select 1 from lead_sources where name = ?)",
                    source,
                    source);
        }
        jdbc.update("delete from user_accounts where username not in (?, ?, ?, ?)", ADMIN, STAFF, MANAGER, CLIENT_USER);
        jdbc.update("""
                update system_settings set default_currency = 'EUR', default_language = 'en',
                  invoice_number_pattern = 'INV-{yyyy}-{seq}', quote_number_pattern = 'QUO-{yyyy}-{seq}',
                  company_name = null, company_address = null, pdf_in_client_language = true,
                  company_tax_id = null, credit_note_number_pattern = 'CN-{yyyy}-{seq}', issue_requires_address = false,
                  address_format = 'STRUCTURED',
                  company_vat_id = null, company_tax_number = null, company_street = null, company_postal_code = null,
                  company_city = null, company_country = null, company_contact_name = null, company_phone = null,
                  company_email = null, company_endpoint_id = null, company_endpoint_scheme = null, company_iban = null,
                  company_bic = null,
                  default_payment_terms_id = (select id from payment_terms where name = 'Net 30')""");
        jdbc.update("delete from payment_terms where name not in ('Due on receipt', 'Net 15', 'Net 30', 'Net 60')");
        documents.clear();
        SystemAuthentication.run(() -> {
            ensureAccount(ADMIN, "Ada Admin", AccountType.ADMIN);
            ensureAccount(STAFF, "Sam Staff", AccountType.STAFF);
            ensureAccount(MANAGER, "Mia Manager", AccountType.MANAGER);
            ensureAccount(CLIENT_USER, "Carl Client", AccountType.CLIENT);
        });
        // After the accounts exist: on a fresh database the first test would otherwise get a restricted staff member.
        // The standard staff member sees every client unless a test narrows them with restrictStaff().
        jdbc.update("update user_accounts set view_all_clients = (username = ?), language = null", STAFF);
    }

    private void ensureAccount(String username, String name, AccountType type) {
        if (testAccounts.find(username).isEmpty()) {
            accounts.create(username, name, username + "@test.example", type, PASSWORD);
        }
    }

    /** Takes "view all clients" away from the standard staff member: they then see only their own clients. */
    public void restrictStaff() {
        jdbc.update("update user_accounts set view_all_clients = false where username = ?", STAFF);
    }

    /** Ties the standard client user (or another CLIENT account) to a client. */
    public void linkClientUser(String username, Client client) {
        jdbc.update("update user_accounts set client_id = ? where username = ?", client.getId(), username);
    }

    /** Another Client Center login for a client; cheap, it copies the standard accounts' password hash. */
    public void clientAccount(String username, Client client) {
        jdbc.update("""
                insert into user_accounts (version, username, display_name, email, password_hash, account_type,
                  enabled, view_all_clients, client_id, created_at)
                select 0, ?, ?, ?, password_hash, 'CLIENT', true, false, ?, created_at
                from user_accounts where username = ?""", username, username, username + "@test.example", client.getId(), CLIENT_USER);
    }

    public void unlinkClientUser(String username) {
        jdbc.update("update user_accounts set client_id = null where username = ?", username);
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.update("update user_accounts set enabled = ? where username = ?", enabled, username);
    }

    /** What one Client Center login may open (its client's switches stay the ceiling). */
    public void setLoginPermissions(String username, LoginPermissions p) {
        jdbc.update("""
                update user_accounts set portal_invoices = ?, portal_quotes = ?, portal_projects = ?,
                  portal_timesheets = ?, portal_support = ? where username = ?""", p.invoices(), p.quotes(), p.projects(), p.timesheets(), p.support(), username);
    }

    public void setPortalSections(Client client, PortalSections s) {
        jdbc.update(
                """
                update clients set portal_invoices = ?, portal_quotes = ?, portal_payments = ?, portal_projects = ?,
                  portal_timesheets = ?, portal_support = ? where id = ?""", s.invoices(), s.quotes(), s.payments(), s.projects(), s.timesheets(), s.support(), client.getId());
    }

    /**
     * A support request of the client with one message from its Client Center, written straight to the tables (the
     * service opens requests only for the calling login's own client).
     */
    public long supportRequest(Client client, String subject, String message) {
        jdbc.update("""
                insert into support_requests (version, client_id, opened_by_name, subject, status, created_at,
                  last_message_at) values (0, ?, 'Carl Client', ?, 'OPEN', current_timestamp, current_timestamp)""", client.getId(), subject);
        long id = Objects.requireNonNull(jdbc.queryForObject(
                "select max(id) from support_requests where client_id = ?", Long.class, client.getId()));
        jdbc.update("""
                insert into support_messages (version, request_id, from_client, author_name, body, created_at)
                values (0, ?, true, 'Carl Client', ?, current_timestamp)""", id, message);
        return id;
    }

    public long accountId(String username) {
        return testAccounts.find(username).orElseThrow().getId();
    }

    /** Bulk clients from the deterministic demo generator. */
    public void demoClients(int count) {
        demo.writeClients(20261123L, count, List.of());
    }

    /** A company with the installation's defaults (currency, payment terms, language), as the UI creates it. */
    public Client company(String name, String email) {
        return SystemAuthentication.call(() -> {
            Client c = clients.newClient(ClientType.COMPANY);
            c.setName(name);
            c.setEmail(email);
            return clients.save(c);
        });
    }

    public Client individual(String name, String email, String phone) {
        return SystemAuthentication.call(() -> {
            Client c = clients.newClient(ClientType.INDIVIDUAL);
            c.setName(name);
            c.setEmail(email);
            c.setPhone(phone);
            return clients.save(c);
        });
    }

    public void trash(Client client) {
        SystemAuthentication.run(() -> clients.trash(List.of(client.getId())));
    }

    /** The stored client as a form would get it, for tests that change and save it. */
    public Client reload(Client client) {
        return SystemAuthentication.call(() -> clients.get(client.getId()));
    }

    public ClientGroup group(String name) {
        jdbc.update("insert into client_groups (version, name) values (0, ?)", name);
        long id = jdbc.queryForObject("select id from client_groups where name = ?", Long.class, name);
        return SystemAuthentication.call(() ->
                groups.all().stream().filter(g -> g.getId() == id).findFirst().orElseThrow());
    }

    public Client save(Client client) {
        return SystemAuthentication.call(() -> clients.save(client));
    }

    /** A contact saved through the service, so the primary rules apply (a client's first contact is primary). */
    public Contact contact(Client client, String firstName, String lastName) {
        return contact(client, firstName, lastName, c -> {});
    }

    /** A contact with more set by {@code with} before it is saved through the service. */
    public Contact contact(Client client, String firstName, String lastName, Consumer<Contact> with) {
        Contact c = new Contact(client);
        c.setFirstName(firstName);
        c.setLastName(lastName);
        with.accept(c);
        return SystemAuthentication.call(() -> contacts.save(c));
    }

    /** A project of the client starting 2026-01-05, billed by the method at the amount (rate or fixed price). */
    public Project project(Client client, String name, BillingMethod method, String amount) {
        Project p = new Project();
        p.setName(name);
        p.setClientId(client.getId());
        p.setStartDate(LocalDate.of(2026, 1, 5));
        p.setBillingMethod(method);
        if (method == BillingMethod.HOURLY) {
            p.setHourlyRate(new BigDecimal(amount));
        } else {
            p.setFixedCost(new BigDecimal(amount));
        }
        return SystemAuthentication.call(() -> projects.save(p));
    }

    /** Hours a user worked on a project on a day. */
    public TimeEntry timeEntry(Project project, String username, LocalDate date, String hours, boolean billable) {
        TimeEntry e = new TimeEntry();
        e.setProjectId(project.getId());
        e.setUserId(accountId(username));
        e.setWorkDate(date);
        e.setHours(new BigDecimal(hours));
        e.setBillable(billable);
        return SystemAuthentication.call(() -> projects.saveTimeEntry(e));
    }

    /** Another STAFF login who sees every client; cheap, it copies the standard accounts' password hash. */
    public void staffAccount(String username, String displayName) {
        jdbc.update("""
                insert into user_accounts (version, username, display_name, email, password_hash, account_type,
                  enabled, view_all_clients, created_at)
                select 0, ?, ?, ?, password_hash, 'STAFF', true, true, created_at
                from user_accounts where username = ?""", username, displayName, username + "@test.example", STAFF);
    }

    /** Makes these client fields mandatory (and every other one optional), as an administrator would. */
    public void mandatoryClientFields(ClientField... fields) {
        jdbc.update("delete from client_field_rules");
        for (ClientField field : fields) {
            jdbc.update("insert into client_field_rules (version, field, mandatory) values (0, ?, true)", field.name());
        }
    }

    /** One of the seeded lead sources ("Website", "Referral", "Trade show", "Cold call", "Other"). */
    public LeadSource leadSource(String name) {
        return SystemAuthentication.call(() -> leadSources.all().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow());
    }

    /**
     * The seller details EN 16931 and XRechnung ask for (Settings → E-invoicing): a German company with VAT ID,
     * address, contact, e-mail as electronic address and an IBAN; {@code extra} changes more before the save.
     */
    public void einvoiceSeller(Consumer<SystemSettings> extra) {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Clientele Beratung GmbH");
            s.setCompanyVatId("DE123456789");
            s.setCompanyStreet("Hauptstraße 1");
            s.setCompanyPostalCode("10115");
            s.setCompanyCity("Berlin");
            s.setCompanyCountry("DE");
            s.setCompanyContactName("Erika Muster");
            s.setCompanyPhone("+49 30 1234567");
            s.setCompanyEmail("rechnung@clientele.example");
            s.setCompanyEndpointId("rechnung@clientele.example");
            s.setCompanyEndpointScheme("EM");
            s.setCompanyIban("DE89370400440532013000");
            extra.accept(s);
            settings.save(s);
        });
    }

    /** An opportunity in stage New owned by the given user, saved through the service. */
    public Opportunity opportunity(String company, String first, String last, String email, String ownerUsername) {
        Opportunity o = new Opportunity();
        o.setCompanyName(company);
        o.setFirstName(first);
        o.setLastName(last);
        o.setEmail(email);
        o.setPhone("+49 30 1234567");
        o.setOwnerId(accountId(ownerUsername));
        o.setInquiryDate(LocalDate.of(2026, 10, 1));
        o.setLeadSource(leadSource("Referral"));
        o.setExpectedValue(new BigDecimal("12000.00"));
        return SystemAuthentication.call(() -> opportunities.save(o));
    }

    @Autowired
    private LeadSourceService leadSources;

    @Autowired
    private OpportunityService opportunities;
}
