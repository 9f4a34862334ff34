package io.clientele.portal;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.Invoice;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.client.PortalSections;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A client with one record of each Client Center section, keyed by section name. */
record PortalFixture(Client client, Map<String, Long> ids) {

    static PortalFixture create(TestData testData, TestDocuments documents, PaymentService payments, String name) {
        Client client = testData.company(name, name.replace(" ", "").toLowerCase() + "@test.example");
        // Support starts off for a new client; the fixture opens every section.
        testData.setPortalSections(client, PortalSections.ALL);
        long support = testData.supportRequest(client, "Help with " + name, "Where is my invoice?");
        Invoice invoice = documents.sentInvoice(client, "Work|2|50|0");
        long quote = documents.sentQuote(client, "Offer|1|100|0").getId();
        Payment p = new Payment();
        p.setAmount(new BigDecimal("40.00"));
        p.setDate(LocalDate.of(2026, 2, 1));
        p.setReference("REF-" + name);
        long payment = SystemAuthentication.call(
                () -> payments.record(invoice.getId(), p).getId());
        Project project = testData.project(client, name + " site", BillingMethod.HOURLY, "80");
        long entry = testData.timeEntry(project, TestData.STAFF, LocalDate.of(2026, 2, 2), "3.5", true)
                .getId();
        return new PortalFixture(
                client,
                Map.of(
                        "invoices",
                        invoice.getId(),
                        "quotes",
                        quote,
                        "payments",
                        payment,
                        "projects",
                        project.getId(),
                        "timesheets",
                        entry,
                        "support",
                        support));
    }

    long id(String section) {
        return ids.get(section);
    }
}
