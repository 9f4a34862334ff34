package io.clientele.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientType;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logged time and fixed prices become draft invoices once, and come back when the invoice is withdrawn. */
class TimeInvoicingTest extends SpringTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final BigDecimal VAT = new BigDecimal("19");

    @Autowired
    TimeInvoicing invoicing;

    @Autowired
    ProjectService projects;

    @Autowired
    InvoiceService invoices;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    JdbcTemplate jdbc;

    private Client client(String name, String language) {
        Client c = new Client(ClientType.COMPANY, name);
        c.setCurrency("EUR");
        c.setLanguage(language);
        c.getBillingAddress().setStreet("Hauptstraße 1");
        c.getBillingAddress().setPostalCode("10115");
        c.getBillingAddress().setCity("Berlin");
        c.getBillingAddress().setCountry("DE");
        return testData.save(c);
    }

    /** Staff 2 h Monday and 1.5 h Tuesday, admin 3 h Monday, admin 1 h not billable; 80 an hour. */
    private Project hourly(Client client) {
        Project p = testData.project(client, "Relaunch", BillingMethod.HOURLY, "80");
        testData.timeEntry(p, TestData.STAFF, MONDAY, "2", true);
        testData.timeEntry(p, TestData.STAFF, MONDAY.plusDays(1), "1.5", true);
        testData.timeEntry(p, TestData.ADMIN, MONDAY, "3", true);
        testData.timeEntry(p, TestData.ADMIN, MONDAY.plusDays(1), "1", false);
        return p;
    }

    private Invoice bill(Project p, TimeGrouping grouping) {
        actAsAccount(TestData.STAFF);
        return invoicing.invoiceTime(p.getId(), null, null, grouping, VAT);
    }

    private List<TimeEntryRow> rows(Project p) {
        return SystemAuthentication.call(
                () -> projects.timeEntries(TimeEntryFilter.forProject(p.getId()), PageRequest.of(0, 50)));
    }

    @Test
    void billable_time_becomes_a_draft_with_a_line_per_person_at_the_project_rate() {
        Project p = hourly(client("Zeit GmbH", "en"));

        Invoice draft = bill(p, TimeGrouping.USER);

        assertThat(draft.isIssued()).isFalse();
        assertThat(draft.getLines())
                .extracting(DocumentLine::getQuantity, DocumentLine::getUnitPrice, DocumentLine::getUnitCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("3.50"), new BigDecimal("80.0000"), "HUR"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("3.00"), new BigDecimal("80.0000"), "HUR"));
        assertThat(draft.getSubtotal()).isEqualByComparingTo("520.00");
        assertThat(draft.getTaxTotal()).isEqualByComparingTo("98.80");
        assertThat(rows(p)).filteredOn(TimeEntryRow::billable).allMatch(TimeEntryRow::billed);
        assertThat(rows(p)).filteredOn(r -> !r.billable()).noneMatch(TimeEntryRow::billed);
        assertThat(jdbc.queryForList(
                        "select distinct invoice_line_id from time_entries where invoice_id = ?",
                        Long.class,
                        draft.getId()))
                .containsExactlyInAnyOrderElementsOf(
                        draft.getLines().stream().map(DocumentLine::getId).toList());
        actAsAccount(TestData.STAFF);
        assertThat(invoicing.unbilled(p.getId(), null, null).entries()).isZero();
    }

    @Test
    void lines_read_in_the_client_language_per_entry_per_day_or_in_one_line() {
        Client client = client("Zeit AG", "de");
        Project perEntry = hourly(client);
        assertThat(bill(perEntry, TimeGrouping.ENTRY).getLines())
                .extracting(DocumentLine::getDescription)
                .hasSize(3)
                .allMatch(d -> d.endsWith(": Arbeitszeit"));
        Project perDay = hourly(client);
        assertThat(bill(perDay, TimeGrouping.DAY).getLines())
                .extracting(DocumentLine::getDescription)
                .containsExactly("Relaunch: 02.03.2026", "Relaunch: 03.03.2026");
        Project oneLine = hourly(client);
        Invoice all = bill(oneLine, TimeGrouping.PROJECT);
        assertThat(all.getLines())
                .extracting(DocumentLine::getDescription)
                .containsExactly("Relaunch, 02.03.2026 – 03.03.2026");
        assertThat(all.getLines().getFirst().getQuantity()).isEqualByComparingTo("6.5");
    }

    @Test
    void a_period_bills_only_its_days_and_leaves_the_rest_for_later() {
        Project p = hourly(client("Periode GmbH", "en"));
        actAsAccount(TestData.STAFF);

        Invoice monday = invoicing.invoiceTime(p.getId(), MONDAY, MONDAY, TimeGrouping.PROJECT, VAT);

        assertThat(monday.getLines().getFirst().getQuantity()).isEqualByComparingTo("5");
        assertThat(invoicing.unbilled(p.getId(), null, null).hours()).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> invoicing.invoiceTime(p.getId(), MONDAY, MONDAY, TimeGrouping.USER, VAT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("project.invoice.nothing");
        assertThatThrownBy(() -> invoicing.invoiceTime(p.getId(), MONDAY.plusDays(2), MONDAY, TimeGrouping.USER, VAT))
                .hasMessageContaining("project.invoice.period");
    }

    @Test
    void billed_time_cannot_be_changed_or_deleted_until_its_invoice_is_withdrawn() {
        Project p = hourly(client("Fest GmbH", "en"));
        Invoice draft = bill(p, TimeGrouping.USER);
        TimeEntryRow billed =
                rows(p).stream().filter(TimeEntryRow::billed).findFirst().orElseThrow();
        assertThat(billed.editable()).as("the list offers no edit").isFalse();

        TimeEntry entry = SystemAuthentication.call(() -> projects.getTimeEntry(billed.id()));
        entry.setHours(new BigDecimal("9"));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> projects.saveTimeEntry(entry)))
                .hasMessageContaining("project.time.billed");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> projects.deleteTimeEntry(billed.id())))
                .hasMessageContaining("project.time.billed");

        actAsAccount(TestData.STAFF);
        invoices.delete(draft.getId());

        assertThat(rows(p)).noneMatch(TimeEntryRow::billed);
        SystemAuthentication.run(() -> projects.deleteTimeEntry(billed.id()));
    }

    @Test
    void a_line_removed_from_the_draft_gives_its_time_back_and_a_kept_line_keeps_its_time() {
        Project p = hourly(client("Zeile GmbH", "en"));
        Invoice draft = bill(p, TimeGrouping.USER);
        Invoice edited = invoices.get(draft.getId());
        DocumentLine staffLine = edited.getLines().getFirst();

        // As the editor saves it: the kept line as an editable copy (same identity), the other line removed.
        DocumentLine kept = staffLine.editableCopy();
        kept.setDescription("Relaunch, staff");
        edited.setLines(List.of(kept));
        invoices.save(edited);

        assertThat(jdbc.queryForList(
                        "select distinct invoice_line_id from time_entries where invoice_id = ?",
                        Long.class,
                        draft.getId()))
                .containsExactly(staffLine.getId());
        actAsAccount(TestData.STAFF);
        assertThat(invoicing.unbilled(p.getId(), null, null).hours()).isEqualByComparingTo("3");
    }

    @Test
    void a_draft_cannot_take_over_a_line_of_another_invoice() {
        Project p = hourly(client("Fremd GmbH", "en"));
        Invoice billed = bill(p, TimeGrouping.PROJECT);
        Long billedLine = billed.getLines().getFirst().getId();
        Invoice other = invoices.newInvoice(billed.getClient().getId());
        other.setLines(List.of(new DocumentLine("Other", BigDecimal.ONE, BigDecimal.TEN, VAT)));
        other = invoices.save(other);

        Invoice edited = invoices.get(other.getId());
        edited.setLines(
                List.of(new DocumentLine("Taken", BigDecimal.ONE, BigDecimal.ONE, VAT).identifiedAs(billedLine)));
        invoices.save(edited);

        assertThat(invoices.get(billed.getId()).getLines())
                .extracting(DocumentLine::getId, DocumentLine::getDescription)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        billedLine, billed.getLines().getFirst().getDescription()));
        assertThat(invoices.get(other.getId()).getLines().getFirst().getId()).isNotEqualTo(billedLine);
        assertThat(rows(p)).filteredOn(TimeEntryRow::billable).allMatch(TimeEntryRow::billed);
    }

    @Test
    void an_invoice_credited_in_full_gives_its_time_back_and_a_partial_credit_does_not() {
        Project p = hourly(client("Gutschrift GmbH", "en"));
        Invoice draft = bill(p, TimeGrouping.PROJECT);
        Invoice issued = invoices.issue(draft.getId());

        creditNotes.creditAmount(issued.getId(), new BigDecimal("100"), "Goodwill");
        assertThat(rows(p)).filteredOn(TimeEntryRow::billable).allMatch(TimeEntryRow::billed);

        creditNotes.cancelInvoice(issued.getId(), "Wrong rate");
        assertThat(rows(p)).noneMatch(TimeEntryRow::billed);
        assertThat(invoicing.unbilled(p.getId(), null, null).hours()).isEqualByComparingTo("6.5");
    }

    @Test
    void two_users_invoicing_the_same_time_at_once_make_one_invoice() throws Exception {
        Project p = hourly(client("Gleichzeitig GmbH", "en"));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return SystemAuthentication.call(() -> {
                    try {
                        return "invoice "
                                + invoicing
                                        .invoiceTime(p.getId(), null, null, TimeGrouping.USER, VAT)
                                        .getId();
                    } catch (RuleViolationException e) {
                        return e.getMessageKey();
                    }
                });
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o.startsWith("invoice ")).hasSize(1);
        assertThat(outcomes).contains("project.invoice.nothing");
        assertThat(jdbc.queryForObject("select count(*) from billing_documents", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(distinct invoice_id) from time_entries where invoice_id is not null",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_fixed_price_is_invoiced_in_shares_that_never_pass_the_whole_price() {
        Client client = client("Festpreis GmbH", "de");
        Project p = testData.project(client, "Shop", BillingMethod.FIXED, "12000");
        actAsAccount(TestData.STAFF);

        Invoice first = invoicing.invoiceMilestone(p.getId(), new BigDecimal("30"), VAT);
        assertThat(first.getSubtotal()).isEqualByComparingTo("3600.00");
        assertThat(first.getLines().getFirst().getDescription()).isEqualTo("Shop: 30 % des vereinbarten Festpreises");
        Invoice rest = invoicing.invoiceMilestone(p.getId(), new BigDecimal("70"), VAT);
        assertThat(rest.getSubtotal()).isEqualByComparingTo("8400.00");
        assertThatThrownBy(() -> invoicing.invoiceMilestone(p.getId(), BigDecimal.ONE, VAT))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("project.invoice.over");
        assertThat(invoicing.fixedPrice(p.getId()).remainingPercent()).isEqualByComparingTo("0");

        invoices.delete(first.getId());

        assertThat(invoicing.fixedPrice(p.getId()).remainingPercent()).isEqualByComparingTo("30");
        assertThatThrownBy(() -> invoicing.invoiceTime(p.getId(), null, null, TimeGrouping.USER, VAT))
                .hasMessageContaining("project.invoice.not-hourly");
    }

    @Test
    void restricted_staff_cannot_bill_a_project_of_a_client_they_cannot_see() {
        Project other = hourly(client("Fremd GmbH", "en"));
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);
        assertThatThrownBy(() -> invoicing.invoiceTime(other.getId(), null, null, TimeGrouping.USER, VAT))
                .isInstanceOf(ProjectNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from billing_documents", Integer.class))
                .isZero();
    }
}
