package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.attachment.AttachmentService;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PaymentService;
import io.clientele.billing.PdfLanguage;
import io.clientele.billing.QuoteService;
import io.clientele.client.Client;
import io.clientele.client.ClientHistoryService;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientType;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactNotFoundException;
import io.clientele.contact.ContactService;
import io.clientele.crm.ReminderService;
import io.clientele.note.NoteService;
import io.clientele.project.BillingMethod;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntryFilter;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every service that takes a client id checks it through the client guard ({@link ClientScope#require}) before
 * anything else: a restricted STAFF user asking about a client they neither own nor are assigned to gets "not found",
 * exactly as for a client that does not exist, and their own client answers normally. One test per service, each
 * calling every method of it that takes a client id; the foreign client has rows of every kind, so a missing guard
 * would show them instead of failing.
 */
class ClientGuardTest extends SpringTest {

    private static final PageRequest PAGE = PageRequest.of(0, 20);

    @Autowired
    ClientScope scope;

    @Autowired
    TestDocuments documents;

    private Client own;
    private Client foreign;
    private Contact foreignContact;

    @BeforeEach
    void twoClients() {
        long staffId = testData.accountId(TestData.STAFF);
        long adminId = testData.accountId(TestData.ADMIN);
        own = client("Own Client GmbH", staffId);
        foreign = client("Foreign Client Ltd", adminId);
        testData.contact(own, "Olga", "Own");
        foreignContact = testData.contact(foreign, "Fiona", "Foreign");
        testData.restrictStaff();
    }

    private Client client(String name, long ownerId) {
        Client c = new Client(ClientType.COMPANY, name);
        c.setOwnerId(ownerId);
        return testData.save(c);
    }

    /** The call answers for the own client and is "not found" for the foreign one, as for a missing id. */
    private void guarded(ClientCall call) {
        actAs(TestData.STAFF, "STAFF");
        assertThatCode(() -> call.on(own.getId())).doesNotThrowAnyException();
        assertNotFound(() -> call.on(foreign.getId()));
        assertNotFound(() -> call.on(999_999L));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ClientNotFoundException.class);
    }

    @FunctionalInterface
    interface ClientCall {
        void on(long clientId) throws Exception;
    }

    @Test
    void the_guard_itself_sees_the_same_clients_as_the_client_list() {
        guarded(scope::require);
        actAs(TestData.ADMIN, "ADMIN");
        assertThatCode(() -> scope.require(foreign.getId())).doesNotThrowAnyException();
        testData.trash(foreign);
        assertNotFound(() -> scope.require(foreign.getId()));
    }

    @Test
    void contacts_of_a_client_out_of_scope_are_not_found(@Autowired ContactService contacts) {
        guarded(id -> contacts.page(id, true, PAGE));
        guarded(id -> contacts.count(id, true));
        guarded(contacts::summary);
        guarded(contacts::newContact);
        assertThatThrownBy(() -> contacts.get(foreignContact.getId())).isInstanceOf(ContactNotFoundException.class);
    }

    @Test
    void billing_of_a_client_out_of_scope_is_not_found(
            @Autowired InvoiceService invoices,
            @Autowired QuoteService quotes,
            @Autowired PaymentService payments,
            @Autowired DocumentPdfService pdfs) {
        documents.sentInvoice(foreign, "Work|1|100|0");
        documents.quote(foreign, "Work|1|100|0");
        guarded(id -> invoices.list(BillingFilter.ofClient(id), PAGE));
        guarded(id -> invoices.count(BillingFilter.ofClient(id)));
        guarded(id -> quotes.list(BillingFilter.ofClient(id), PAGE));
        guarded(id -> quotes.count(BillingFilter.ofClient(id)));
        guarded(id -> payments.list(BillingFilter.ofClient(id), PAGE));
        guarded(id -> payments.count(BillingFilter.ofClient(id)));
        guarded(invoices::newInvoice);
        guarded(quotes::newQuote);
        LocalDate today = LocalDate.now();
        guarded(id -> pdfs.statementPdf(id, today.minusMonths(1), today, PdfLanguage.CLIENT));
    }

    @Test
    void projects_and_time_of_a_client_out_of_scope_are_not_found(@Autowired ProjectService projects) {
        actAs(TestData.ADMIN, "ADMIN");
        testData.project(foreign, "Foreign project", BillingMethod.HOURLY, "80");
        guarded(id -> projects.list(ProjectFilter.forClient(id), PAGE));
        guarded(id -> projects.count(ProjectFilter.forClient(id)));
        guarded(id -> projects.timeEntries(TimeEntryFilter.forClient(id), PAGE));
        guarded(id -> projects.countTimeEntries(TimeEntryFilter.forClient(id)));
        guarded(id -> projects.totalHours(TimeEntryFilter.forClient(id)));
        guarded(projects::newProject);
    }

    @Test
    void documents_of_a_client_out_of_scope_are_not_found(@Autowired AttachmentService attachments) {
        guarded(id -> attachments.page(id, PAGE));
        guarded(attachments::count);
        guarded(id ->
                attachments.upload(id, "note.txt", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void notes_of_a_client_out_of_scope_are_not_found(@Autowired NoteService notes) {
        guarded(id -> notes.page(id, PAGE));
        guarded(notes::count);
        guarded(id -> notes.add(id, "Called"));
    }

    @Test
    void reminders_of_a_client_out_of_scope_are_not_found(@Autowired ReminderService reminders) {
        long staffId = testData.accountId(TestData.STAFF);
        guarded(id -> reminders.forClient(id, PAGE));
        guarded(reminders::countForClient);
        guarded(id -> reminders.create(id, Instant.now(), "Call back", staffId, false));
    }

    @Test
    void history_of_a_client_out_of_scope_is_not_found(@Autowired ClientHistoryService history) {
        guarded(id -> history.page(id, PAGE));
        guarded(history::count);
    }

    @Test
    void a_client_center_user_passes_the_guard_for_their_own_client_only() {
        testData.linkClientUser(TestData.CLIENT_USER, own);
        actAs(TestData.CLIENT_USER, "CLIENT");
        assertThatCode(() -> scope.require(own.getId())).doesNotThrowAnyException();
        assertNotFound(() -> scope.require(foreign.getId()));
        assertThat(scope.caller().clientId()).isEqualTo(own.getId());
    }
}
