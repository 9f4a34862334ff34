package io.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.account.LoginPermissions;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteRow;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.PaymentService;
import io.clientele.client.PortalSections;
import io.clientele.helpdesk.SupportLink;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Client Center's access matrix over every service method: own record, another client's, a draft, a nonexistent
 * id; as an enabled client user, one whose section is off, one whose client is trashed, a disabled one and staff.
 */
class PortalServiceAccessTest extends SpringTest {

    static final long NONEXISTENT = 987_654_321L;

    @Autowired
    PortalService portal;

    @Autowired
    TestDocuments documents;

    @Autowired
    PaymentService payments;

    /** Per section: the detail method, the list (ids) and the count. */
    record Section(
            String name,
            Function<PortalSections, Boolean> flag,
            LongFunction<Object> detail,
            Function<PortalService, List<Long>> list,
            ToLongFunction<PortalService> count) {}

    PortalFixture own;
    PortalFixture other;
    PortalFixture gone;
    long ownDraftInvoice;

    @BeforeEach
    void setUp() {
        own = fixture("Own Co");
        other = fixture("Other Co");
        gone = fixture("Gone Co");
        ownDraftInvoice = documents.invoice(own.client(), "Draft|1|10|0").getId();
        testData.linkClientUser(TestData.CLIENT_USER, own.client());
        testData.clientAccount("goneuser", gone.client());
        testData.trash(gone.client());
    }

    private PortalFixture fixture(String name) {
        return PortalFixture.create(testData, documents, payments, name);
    }

    private List<Section> sections() {
        var page = PageRequest.of(0, 50);
        return List.of(
                new Section(
                        "invoices",
                        PortalSections::invoices,
                        id -> portal.invoice(id),
                        s -> s.invoices(page).stream().map(d -> d.id()).toList(),
                        PortalService::countInvoices),
                new Section(
                        "quotes",
                        PortalSections::quotes,
                        id -> portal.quote(id),
                        s -> s.quotes(page).stream().map(d -> d.id()).toList(),
                        PortalService::countQuotes),
                new Section(
                        "payments",
                        PortalSections::payments,
                        id -> portal.payment(id),
                        s -> s.payments(page).stream().map(d -> d.id()).toList(),
                        PortalService::countPayments),
                new Section(
                        "projects",
                        PortalSections::projects,
                        id -> portal.project(id),
                        s -> s.projects(page).stream().map(d -> d.id()).toList(),
                        PortalService::countProjects),
                new Section(
                        "timesheets",
                        PortalSections::timesheets,
                        id -> portal.timeEntry(id),
                        s -> s.timeEntries(page).stream().map(d -> d.id()).toList(),
                        PortalService::countTimeEntries),
                new Section(
                        "support",
                        PortalSections::support,
                        id -> portal.supportRequest(id),
                        s -> s.supportRequests(page).stream().map(r -> r.id()).toList(),
                        PortalService::countSupportRequests));
    }

    @Test
    void an_enabled_client_user_sees_exactly_their_own_issued_records() {
        actAsAccount(TestData.CLIENT_USER);
        for (Section s : sections()) {
            long ownId = own.ids().get(s.name());
            assertThat(s.detail().apply(ownId)).as(s.name()).isNotNull();
            assertThat(s.list().apply(portal)).as(s.name()).containsExactly(ownId);
            assertThat(s.count().applyAsLong(portal)).as(s.name()).isEqualTo(1);
            assertNotFound(s, other.ids().get(s.name()));
            assertNotFound(s, gone.ids().get(s.name()));
            assertNotFound(s, NONEXISTENT);
        }
        assertThatThrownBy(() -> portal.invoice(ownDraftInvoice)).isInstanceOf(PortalNotFoundException.class);
        var dashboard = portal.dashboard();
        assertThat(dashboard.clientName()).isEqualTo("Own Co");
        assertThat(dashboard.openInvoices()).isEqualTo(1);
        assertThat(dashboard.amountOwed()).isEqualByComparingTo("60.00");
        assertThat(portal.sections()).isEqualTo(PortalSections.ALL);
    }

    /** A section added to the Client Center without a row in this matrix fails here. */
    @Test
    void the_matrix_covers_every_client_center_section() {
        assertThat(sections())
                .extracting(Section::name)
                .containsExactlyInAnyOrder(Arrays.stream(PortalSections.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toArray(String[]::new));
    }

    @Test
    void a_section_that_is_off_behaves_as_empty_while_the_others_stay_open() {
        actAsAccount(TestData.CLIENT_USER);
        List<Section> all = sections();
        for (Section off : all) {
            testData.setPortalSections(own.client(), allBut(off.name()));
            assertNotFound(off, own.ids().get(off.name()));
            assertThat(off.list().apply(portal)).as(off.name()).isEmpty();
            assertThat(off.count().applyAsLong(portal)).as(off.name()).isZero();
            for (Section on : all) {
                if (on != off) {
                    assertThat(on.detail().apply(own.ids().get(on.name())))
                            .as(off.name() + " off, " + on.name())
                            .isNotNull();
                    assertThat(on.count().applyAsLong(portal))
                            .as(off.name() + " off, " + on.name())
                            .isEqualTo(1);
                }
            }
            assertThat(off.flag().apply(portal.sections())).as(off.name()).isFalse();
        }
        testData.setPortalSections(own.client(), allBut("invoices"));
        assertThat(portal.dashboard().amountOwed()).isNull();
        assertThat(portal.dashboard().openInvoices()).isZero();
    }

    /** The client sections each login permission opens; the invoices permission also opens payments. */
    static final Map<String, List<String>> OPENED_BY = Map.of(
            "invoices", List.of("invoices", "payments"),
            "quotes", List.of("quotes"),
            "projects", List.of("projects"),
            "timesheets", List.of("timesheets"),
            "support", List.of("support"));

    /** A login permission added without saying here which sections it opens fails this. */
    @Test
    void the_matrix_covers_every_login_permission_and_every_section_is_opened_by_one() {
        assertThat(OPENED_BY.keySet())
                .containsExactlyInAnyOrder(Arrays.stream(LoginPermissions.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toArray(String[]::new));
        assertThat(OPENED_BY.values().stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(
                        sections().stream().map(Section::name).toList());
    }

    @Test
    void a_login_reads_nothing_beyond_its_own_permissions_while_its_client_allows_everything() throws Exception {
        actAsAccount(TestData.CLIENT_USER);
        for (String permission : OPENED_BY.keySet()) {
            testData.setLoginPermissions(TestData.CLIENT_USER, allPermissionsBut(permission));
            List<String> closed = OPENED_BY.get(permission);
            for (Section s : sections()) {
                String as = permission + " withheld, " + s.name();
                long ownId = own.id(s.name());
                if (closed.contains(s.name())) {
                    assertNotFound(s, ownId);
                    assertThat(s.list().apply(portal)).as(as).isEmpty();
                    assertThat(s.count().applyAsLong(portal)).as(as).isZero();
                    assertThat(s.flag().apply(portal.sections())).as(as).isFalse();
                } else {
                    assertThat(s.detail().apply(ownId)).as(as).isNotNull();
                    assertThat(s.list().apply(portal)).as(as).containsExactly(ownId);
                    assertThat(s.flag().apply(portal.sections())).as(as).isTrue();
                }
            }
        }
        // Withholding invoices closes everything that goes with them: downloads, statements, credit notes, the sum.
        long ownNote = SystemAuthentication.call(() -> creditNotes
                .cancelInvoice(
                        documents.sentInvoice(own.client(), "Work|1|30|0").getId(), "Cancellation")
                .getId());
        actAsAccount(TestData.CLIENT_USER);
        testData.setLoginPermissions(TestData.CLIENT_USER, allPermissionsBut("invoices"));
        assertThatThrownBy(() -> portal.invoicePdf(own.id("invoices"))).isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.statementPdf(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.creditNotePdf(ownNote)).isInstanceOf(PortalNotFoundException.class);
        assertThat(portal.creditNotes(PageRequest.of(0, 50))).isEmpty();
        assertThat(portal.countCreditNotes()).isZero();
        assertThat(portal.dashboard().amountOwed()).isNull();
        assertThat(portal.dashboard().openInvoices()).isZero();
        assertThat(portal.quotePdf(own.id("quotes")).content()).isNotEmpty();
        testData.setLoginPermissions(TestData.CLIENT_USER, allPermissionsBut("quotes"));
        assertThatThrownBy(() -> portal.quotePdf(own.id("quotes"))).isInstanceOf(PortalNotFoundException.class);
        assertThat(portal.invoicePdf(own.id("invoices")).content()).isNotEmpty();

        // Permissions are the login's: another login of the same client still sees everything.
        testData.clientAccount("colleague", own.client());
        actAsAccount("colleague");
        for (Section s : sections()) {
            assertThat(s.detail().apply(own.id(s.name())))
                    .as("colleague, " + s.name())
                    .isNotNull();
        }
    }

    @Test
    void the_clients_switches_stay_the_ceiling_over_a_logins_permissions() {
        testData.setLoginPermissions(TestData.CLIENT_USER, new LoginPermissions(false, true, false, false, false));
        testData.setPortalSections(own.client(), allBut("quotes"));
        actAsAccount(TestData.CLIENT_USER);
        for (Section s : sections()) {
            assertNotFound(s, own.id(s.name()));
            assertThat(s.count().applyAsLong(portal)).as(s.name()).isZero();
        }
        assertThat(portal.sections()).isEqualTo(PortalSections.NONE);
    }

    /** Answering a quote follows the same matrix: own sent quotes only, with the quotes section open. */
    @Test
    void quote_answers_reach_only_the_callers_own_issued_quotes_in_an_open_section() {
        long ownDraftQuote = documents.quote(own.client(), "Draft|1|10|0").getId();
        actAsAccount(TestData.CLIENT_USER);
        for (long foreign : new long[] {other.id("quotes"), gone.id("quotes"), NONEXISTENT, ownDraftQuote}) {
            assertThatThrownBy(() -> portal.quoteState(foreign)).isInstanceOf(PortalNotFoundException.class);
            assertThatThrownBy(() -> portal.acceptQuote(foreign, "Carl", null, null))
                    .as("accept " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
            assertThatThrownBy(() -> portal.declineQuote(foreign, "No"))
                    .as("decline " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
        }
        testData.setPortalSections(own.client(), allBut("quotes"));
        long ownQuote = own.id("quotes");
        assertThatThrownBy(() -> portal.quoteState(ownQuote)).isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.acceptQuote(ownQuote, "Carl", null, null))
                .isInstanceOf(PortalNotFoundException.class);
        testData.setPortalSections(own.client(), PortalSections.ALL);
        assertThat(portal.quoteState(ownQuote)).isNotNull();

        testData.setEnabled(TestData.CLIENT_USER, false);
        assertThatThrownBy(() -> portal.acceptQuote(ownQuote, "Carl", null, null))
                .isInstanceOf(AccessDeniedException.class);
        for (String user : List.of(TestData.STAFF, TestData.ADMIN)) {
            actAsAccount(user);
            assertThatThrownBy(() -> portal.acceptQuote(ownQuote, "Carl", null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> portal.declineQuote(ownQuote, "No")).isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * Writing to support follows the same matrix: replies and files reach only the caller's own requests, a closed
     * section or a withheld permission refuses opening a request, and a link may name only the caller's own records.
     */
    @Test
    void support_requests_are_opened_and_answered_only_for_the_callers_own_client_in_an_open_section() {
        actAsAccount(TestData.CLIENT_USER);
        for (long foreign : new long[] {other.id("support"), gone.id("support"), NONEXISTENT}) {
            assertThatThrownBy(() -> portal.replyToSupportRequest(foreign, "Hello?", null))
                    .as("reply " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
            assertThatThrownBy(() -> portal.supportFile(foreign)).isInstanceOf(PortalNotFoundException.class);
        }
        for (var foreign : List.of(
                new SupportLink.Target(SupportLink.Type.INVOICE, other.id("invoices")),
                new SupportLink.Target(SupportLink.Type.QUOTE, other.id("quotes")),
                new SupportLink.Target(SupportLink.Type.PROJECT, other.id("projects")),
                new SupportLink.Target(SupportLink.Type.INVOICE, ownDraftInvoice))) {
            assertThatThrownBy(() -> portal.openSupportRequest("About this", "Please look", foreign, null))
                    .as("link " + foreign)
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "support.link.refused");
        }
        var opened = portal.openSupportRequest(
                "About my invoice",
                "Please look",
                new SupportLink.Target(SupportLink.Type.INVOICE, this.own.id("invoices")),
                null);
        assertThat(opened.link()).isNotNull();
        assertThat(portal.countSupportRequests()).isEqualTo(2);

        // An invoice link needs the invoices section: a login without it cannot name one (the matrix's rule).
        testData.setLoginPermissions(TestData.CLIENT_USER, allPermissionsBut("invoices"));
        assertThatThrownBy(() -> portal.openSupportRequest(
                        "About my invoice",
                        "Again",
                        new SupportLink.Target(SupportLink.Type.INVOICE, this.own.id("invoices")),
                        null))
                .isInstanceOf(RuleViolationException.class);

        testData.setLoginPermissions(TestData.CLIENT_USER, allPermissionsBut("support"));
        assertThatThrownBy(() -> portal.openSupportRequest("Hello", "Anyone?", null, null))
                .isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.replyToSupportRequest(opened.id(), "Anyone?", null))
                .isInstanceOf(PortalNotFoundException.class);
        testData.setLoginPermissions(TestData.CLIENT_USER, LoginPermissions.ALL);
        testData.setPortalSections(this.own.client(), allBut("support"));
        assertThatThrownBy(() -> portal.openSupportRequest("Hello", "Anyone?", null, null))
                .isInstanceOf(PortalNotFoundException.class);
    }

    @Test
    void the_user_of_a_trashed_client_sees_nothing() {
        actAsAccount("goneuser");
        for (Section s : sections()) {
            assertNotFound(s, gone.ids().get(s.name()));
            assertNotFound(s, own.ids().get(s.name()));
            assertThat(s.list().apply(portal)).as(s.name()).isEmpty();
            assertThat(s.count().applyAsLong(portal)).as(s.name()).isZero();
        }
        assertThatThrownBy(() -> portal.dashboard()).isInstanceOf(PortalNotFoundException.class);
    }

    @Test
    void a_disabled_client_user_and_a_client_user_without_client_are_refused_everything() {
        testData.setEnabled(TestData.CLIENT_USER, false);
        actAsAccount(TestData.CLIENT_USER);
        assertRefusedEverywhere();
        testData.setEnabled(TestData.CLIENT_USER, true);
        testData.clientAccount("lonely", own.client());
        actAsAccount("lonely");
        assertThat(portal.countInvoices()).isEqualTo(1);
        testData.unlinkClientUser("lonely");
        assertRefusedEverywhere();
    }

    @Test
    void back_office_users_are_refused_everything() {
        for (String user : List.of(TestData.STAFF, TestData.ADMIN, TestData.MANAGER)) {
            actAsAccount(user);
            assertRefusedEverywhere();
        }
        assertThat(PortalService.class.getAnnotation(RolesAllowed.class).value())
                .containsExactly(Roles.CLIENT);
    }

    @Test
    void pdf_downloads_follow_the_same_matrix_and_speak_the_clients_language() throws Exception {
        var ownClient = testData.reload(own.client());
        ownClient.setLanguage("de");
        testData.save(ownClient);
        actAsAccount(TestData.CLIENT_USER);
        long invoice = own.id("invoices");
        long quote = own.id("quotes");

        // Issued in English before the client switched to German: an issued document keeps its language; the
        // statement, made on demand, speaks the client's language of today.
        var invoicePdf = portal.invoicePdf(invoice);
        assertThat(pdfText(invoicePdf.content())).contains("Invoice", "€100.00").doesNotContain("Rechnung");
        assertThat(invoicePdf.fileName()).endsWith(".pdf");
        assertThat(pdfText(portal.quotePdf(quote).content())).contains("Quote");
        String statement = pdfText(portal.statementPdf(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                .content());
        assertThat(statement).contains("Kontoauszug", "Own Co", "REF-Own Co").doesNotContain("Other Co", "REF-Other");

        for (long foreign :
                new long[] {other.id("invoices"), gone.id("invoices"), ownDraftInvoice, NONEXISTENT, quote}) {
            assertThatThrownBy(() -> portal.invoicePdf(foreign))
                    .as("invoice " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
            assertThatThrownBy(() -> portal.invoiceXml(foreign))
                    .as("invoice XML " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
        }
        for (long foreign : new long[] {other.id("quotes"), gone.id("quotes"), NONEXISTENT, invoice}) {
            assertThatThrownBy(() -> portal.quotePdf(foreign))
                    .as("quote " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
        }
        testData.setPortalSections(own.client(), allBut("invoices"));
        assertThatThrownBy(() -> portal.invoicePdf(invoice)).isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.statementPdf(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(PortalNotFoundException.class);
        assertThat(portal.quotePdf(quote).content()).isNotEmpty();

        for (String user : List.of(TestData.STAFF, TestData.ADMIN)) {
            actAsAccount(user);
            assertThatThrownBy(() -> portal.invoicePdf(invoice)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> portal.invoiceXml(invoice)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Autowired
    CreditNoteService creditNotes;

    /** Credit notes belong to the invoices section: own ones only, by list, count and PDF. */
    @Test
    void credit_notes_follow_the_invoices_section_and_the_callers_client() throws Exception {
        long ownNote = SystemAuthentication.call(() -> creditNotes
                .cancelInvoice(
                        documents.sentInvoice(own.client(), "Work|1|30|0").getId(), "Cancellation")
                .getId());
        long otherNote = SystemAuthentication.call(() -> creditNotes
                .cancelInvoice(
                        documents.sentInvoice(other.client(), "Work|1|30|0").getId(), "Cancellation")
                .getId());
        actAsAccount(TestData.CLIENT_USER);

        assertThat(portal.creditNotes(PageRequest.of(0, 50)))
                .extracting(CreditNoteRow::id)
                .containsExactly(ownNote);
        assertThat(portal.countCreditNotes()).isEqualTo(1);
        assertThat(pdfText(portal.creditNotePdf(ownNote).content())).contains("Credit note", "Own Co");
        for (long foreign : new long[] {otherNote, NONEXISTENT, own.id("invoices")}) {
            assertThatThrownBy(() -> portal.creditNotePdf(foreign))
                    .as("credit note " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
            assertThatThrownBy(() -> portal.creditNoteXml(foreign))
                    .as("credit note XML " + foreign)
                    .isInstanceOf(PortalNotFoundException.class);
        }
        testData.setPortalSections(own.client(), allBut("invoices"));
        assertThat(portal.creditNotes(PageRequest.of(0, 50))).isEmpty();
        assertThat(portal.countCreditNotes()).isZero();
        assertThatThrownBy(() -> portal.creditNotePdf(ownNote)).isInstanceOf(PortalNotFoundException.class);

        actAsAccount(TestData.STAFF);
        assertThatThrownBy(() -> portal.creditNotes(PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\h\\u00a0\\u202f]+", " ");
        }
    }

    private void assertRefusedEverywhere() {
        for (Section s : sections()) {
            for (long id : new long[] {own.ids().get(s.name()), other.ids().get(s.name()), NONEXISTENT}) {
                assertThatThrownBy(() -> s.detail().apply(id)).as(s.name()).isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> s.list().apply(portal)).as(s.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> s.count().applyAsLong(portal))
                    .as(s.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> portal.dashboard()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portal.sections()).isInstanceOf(AccessDeniedException.class);
    }

    private void assertNotFound(Section s, long id) {
        assertThatThrownBy(() -> s.detail().apply(id))
                .as(s.name() + " " + id)
                .isInstanceOf(PortalNotFoundException.class);
    }

    /** Every login permission granted but the one named (a record component of {@link LoginPermissions}). */
    private static LoginPermissions allPermissionsBut(String off) {
        RecordComponent[] components = LoginPermissions.class.getRecordComponents();
        assertThat(components).extracting(RecordComponent::getName).contains(off);
        Object[] granted =
                Arrays.stream(components).map(c -> !c.getName().equals(off)).toArray();
        try {
            return LoginPermissions.class
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(granted);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Every section open but the one named (a record component of {@link PortalSections}). */
    private static PortalSections allBut(String off) {
        RecordComponent[] components = PortalSections.class.getRecordComponents();
        assertThat(components).extracting(RecordComponent::getName).contains(off);
        Object[] open =
                Arrays.stream(components).map(c -> !c.getName().equals(off)).toArray();
        try {
            return PortalSections.class
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(open);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
