package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.account.LoginPermissions;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PdfLanguage;
import io.clientele.billing.QuoteService;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientType;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * ASVS V8.2 (object-level access) for downloads: PDFs of invoices, quotes and statements are produced only for
 * clients the caller may see. A restricted staff member asking for another owner's, a trashed or a guessed id gets
 * "not found" (the same answer as for an id that does not exist); a Client Center user gets nothing from the back
 * office's PDF service at all.
 */
class DownloadAccessTest extends SpringTest {

    private static final long GUESSED = 987_654_321L;

    @Autowired
    DocumentPdfService pdfs;

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    private Client own;
    private Client foreign;
    private long ownInvoice;
    private long foreignInvoice;
    private long foreignQuote;

    @BeforeEach
    void twoOwners() {
        own = owned("Own Client GmbH", testData.accountId(TestData.STAFF));
        foreign = owned("Foreign Client Ltd", testData.accountId(TestData.ADMIN));
        ownInvoice = invoice(own);
        foreignInvoice = invoice(foreign);
        foreignQuote = SystemAuthentication.call(() -> {
            var q = quotes.newQuote(foreign.getId());
            q.setLines(List.of(new DocumentLine("Offer", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return quotes.save(q).getId();
        });
        testData.restrictStaff();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Client owned(String name, long ownerId) {
        Client c = new Client(ClientType.COMPANY, name);
        c.setOwnerId(ownerId);
        return testData.save(c);
    }

    private long invoice(Client c) {
        return SystemAuthentication.call(() -> {
            var inv = invoices.newInvoice(c.getId());
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
            return invoices.markSent(invoices.save(inv).getId()).getId();
        });
    }

    @Test
    void restricted_staff_download_their_own_clients_pdfs_and_nothing_of_anyone_else() {
        actAs(TestData.STAFF, "STAFF");
        assertThat(new String(pdfs.invoicePdf(ownInvoice, PdfLanguage.BACK_OFFICE), 0, 4))
                .isEqualTo("%PDF");

        for (long id : new long[] {foreignInvoice, GUESSED, foreignQuote}) {
            assertThatThrownBy(() -> pdfs.invoicePdf(id, PdfLanguage.BACK_OFFICE))
                    .as("invoice " + id)
                    .isInstanceOf(DocumentNotFoundException.class);
        }
        for (long id : new long[] {foreignQuote, GUESSED, foreignInvoice}) {
            assertThatThrownBy(() -> pdfs.quotePdf(id, PdfLanguage.BACK_OFFICE))
                    .as("quote " + id)
                    .isInstanceOf(DocumentNotFoundException.class);
        }
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2030, 1, 1);
        for (long id : new long[] {foreign.getId(), GUESSED}) {
            assertThatThrownBy(() -> pdfs.statementPdf(id, from, to, PdfLanguage.BACK_OFFICE))
                    .as("statement " + id)
                    .isInstanceOf(ClientNotFoundException.class);
        }
    }

    @Test
    void a_trashed_clients_documents_are_not_downloadable() {
        testData.trash(own);
        actAs(TestData.STAFF, "STAFF");
        assertThatThrownBy(() -> pdfs.statementPdf(
                        own.getId(), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), PdfLanguage.BACK_OFFICE))
                .isInstanceOf(ClientNotFoundException.class);
    }

    @Test
    void a_client_center_user_gets_no_back_office_download() {
        testData.linkClientUser(TestData.CLIENT_USER, own);
        actAs(TestData.CLIENT_USER, "CLIENT");
        assertThatThrownBy(() -> pdfs.invoicePdf(ownInvoice, PdfLanguage.BACK_OFFICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pdfs.statementPdf(
                        own.getId(), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), PdfLanguage.BACK_OFFICE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    PortalService portal;

    @Autowired
    TestDocuments documents;

    /**
     * The per-login dimension: the client allows every section, and a login still downloads nothing its own
     * permissions withhold, answered "not found" exactly like another client's document.
     */
    @Test
    void a_client_center_login_downloads_only_what_its_own_permissions_open() {
        long ownQuote = documents.sentQuote(own, "Offer|1|10|0").getId();
        testData.linkClientUser(TestData.CLIENT_USER, own);
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2030, 1, 1);

        testData.setLoginPermissions(TestData.CLIENT_USER, new LoginPermissions(false, true, true, true, true));
        actAsAccount(TestData.CLIENT_USER);
        assertThatThrownBy(() -> portal.invoicePdf(ownInvoice)).isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.statementPdf(from, to)).isInstanceOf(PortalNotFoundException.class);
        assertThat(new String(portal.quotePdf(ownQuote).content(), 0, 4)).isEqualTo("%PDF");

        testData.setLoginPermissions(TestData.CLIENT_USER, new LoginPermissions(true, false, true, true, true));
        assertThatThrownBy(() -> portal.quotePdf(ownQuote)).isInstanceOf(PortalNotFoundException.class);
        assertThat(new String(portal.invoicePdf(ownInvoice).content(), 0, 4)).isEqualTo("%PDF");
        assertThat(new String(portal.statementPdf(from, to).content(), 0, 4)).isEqualTo("%PDF");
        // Whatever the permissions, another client's documents stay out of reach.
        assertThatThrownBy(() -> portal.invoicePdf(foreignInvoice)).isInstanceOf(PortalNotFoundException.class);
    }
}
