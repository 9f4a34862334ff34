package io.clientele.bench;

import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.TaxCategory;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.SettingsService;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issued invoices an e-invoice can be made of, in the benchmark database: one German client receiving Factur-X with
 * a buyer reference (so XRechnung is valid too) and invoices of five lines at 19 % and 7 %, issued through the
 * services so they freeze what issuing freezes. Made once and reused by later runs; the seller's e-invoice details
 * are filled in (the test suite's seller) only where the settings have none.
 */
final class EInvoiceBenchFixture {

    static final String CLIENT_NAME = "Benchmark E-Rechnung GmbH";

    private EInvoiceBenchFixture() {}

    /** Ids of {@code count} issued fixture invoices; call as a user who may create clients and issue invoices. */
    static List<Long> ensure(
            JdbcTemplate jdbc,
            SettingsService settings,
            TestData testData,
            ClientService clients,
            InvoiceService invoices,
            int count) {
        String vatId = settings.get().getCompanyVatId();
        if (vatId == null || vatId.isBlank()) {
            testData.einvoiceSeller(s -> {});
        }
        List<Long> clientIds =
                jdbc.queryForList("select id from clients where name = ? order by id", Long.class, CLIENT_NAME);
        long clientId = clientIds.isEmpty() ? client(clients) : clientIds.get(0);
        List<Long> ids = new ArrayList<>(jdbc.queryForList(
                "select id from billing_documents where client_id = ? and doc_type = 'INVOICE'"
                        + " and issued_at is not null order by id",
                Long.class,
                clientId));
        while (ids.size() < count) {
            Invoice draft = invoices.newInvoice(clientId);
            draft.setLines(lines(ids.size()));
            ids.add(invoices.issue(invoices.save(draft).getId()).getId());
        }
        return ids.subList(0, count);
    }

    private static long client(ClientService clients) {
        Client c = clients.newClient(ClientType.COMPANY);
        c.setName(CLIENT_NAME);
        c.setEmail("eingang@rechnung.example");
        c.setTaxId("DE811111111");
        c.getBillingAddress().setStreet("Musterweg 5");
        c.getBillingAddress().setPostalCode("80331");
        c.getBillingAddress().setCity("München");
        c.getBillingAddress().setCountry("DE");
        c.setCountrySubdivision("Bayern");
        c.setCurrency("EUR");
        c.setLanguage("de");
        c.setEinvoiceFormat(EInvoiceFormat.FACTUR_X);
        c.setBuyerReference("04011000-12345-03");
        c.setEndpointId("eingang@rechnung.example");
        c.setEndpointScheme("EM");
        return clients.save(c).getId();
    }

    private static List<DocumentLine> lines(int seed) {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String rate = i % 2 == 0 ? "19" : "7";
            DocumentLine line = new DocumentLine(
                    "Leistung " + (seed + 1) + "." + (i + 1),
                    new BigDecimal(1 + i),
                    new BigDecimal(95 + seed % 7 * 10 + i).movePointLeft(i % 2),
                    new BigDecimal(rate));
            line.setTaxCategory(TaxCategory.STANDARD);
            lines.add(line);
        }
        return lines;
    }
}
