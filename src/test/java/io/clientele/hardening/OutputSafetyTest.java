package io.clientele.hardening;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import io.clientele.base.reporting.CsvTest;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PdfLanguage;
import io.clientele.billing.ui.BillingEditors;
import io.clientele.billing.ui.DocumentViewDialog;
import io.clientele.billing.ui.InvoiceListView;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.PortalSections;
import io.clientele.client.ui.ClientListView;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.ui.SupportListView;
import io.clientele.helpdesk.ui.SupportRequestView;
import io.clientele.note.NoteService;
import io.clientele.portal.ui.PortalCreditNotesView;
import io.clientele.portal.ui.PortalInvoiceView;
import io.clientele.portal.ui.PortalSupportRequestView;
import io.clientele.portal.ui.PortalSupportView;
import io.clientele.report.CustomerReportFilter;
import io.clientele.report.CustomerReportService;
import io.clientele.report.ReportService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * ASVS V1.2 / V1.3 output encoding: a corpus of XSS and spreadsheet-formula payloads stored in every text field
 * (client name and notes, contact name and notes, invoice lines and notes, support subjects and messages) is shown as
 * text everywhere. Screens are
 * scanned element by element for raw HTML; PDFs print the payload literally; CSV cells that would start a formula
 * are neutralized. Add a payload to {@link #CORPUS} or a screen to the tests to widen the net.
 */
class OutputSafetyTest extends KaribuTest {

    static final List<String> CORPUS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "{{constructor.constructor('alert(1)')()}}",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            // Issue 23: a semicolon spreadsheet splits here and would run the second half; a leading space hides "=".
            "x;=cmd|' /C calc'!A0",
            " =1+1");

    /** What only raw HTML could bring into the page. */
    private static final List<String> MARKUP = List.of("<script", "<img", "<svg", "onerror", "onload");

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    @Autowired
    DocumentPdfService pdfs;

    @Autowired
    ReportService reports;

    @Autowired
    CustomerReportService customerReport;

    @Autowired
    NoteService notes;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    SupportService support;

    private final List<Client> stored = new ArrayList<>();
    private long invoiceId;
    private long creditNoteId;

    @BeforeEach
    void storeTheCorpusEverywhere() {
        var group = testData.group(CORPUS.get(5));
        for (String payload : CORPUS) {
            Client c = testData.company(payload, null);
            Client edit = SystemAuthentication.call(() -> clients.get(c.getId()));
            edit.setNotes(String.join("\n", CORPUS));
            edit.setGroups(Set.of(group));
            stored.add(testData.save(edit));
            testData.contact(c, payload, payload, contact -> contact.setNotes(payload));
        }
        Client first = stored.getFirst();
        invoiceId = SystemAuthentication.call(() -> {
            var inv = invoices.newInvoice(first.getId());
            inv.setNotes(String.join("\n", CORPUS));
            inv.setLines(CORPUS.stream()
                    .map(p -> new DocumentLine(p, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO))
                    .toList());
            return invoices.markSent(invoices.save(inv).getId()).getId();
        });
        // A credit note copies the hostile lines and takes a hostile description of its own.
        creditNoteId = SystemAuthentication.call(() -> creditNotes
                .creditAmount(invoiceId, BigDecimal.ONE, String.join(" ", CORPUS))
                .getId());
        SystemAuthentication.run(() -> creditNotes.cancelInvoice(invoiceId, CORPUS.get(1)));
    }

    @Test
    void no_view_can_render_raw_html_and_no_report_template_interprets_markup() throws Exception {
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Html.class)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.clientele"));
        try (Stream<Path> templates = Files.walk(Path.of("reports"))) {
            for (Path jrxml :
                    templates.filter(p -> p.toString().endsWith(".jrxml")).toList()) {
                assertThat(Files.readString(jrxml))
                        .as(jrxml.toString())
                        .doesNotContain("markup=\"html\"", "markup=\"styled\"", "markup=\"rtf\"");
            }
        }
    }

    @Test
    void the_back_office_grids_and_overview_show_the_payloads_as_text() {
        login(TestData.STAFF);
        for (String payload : CORPUS) {
            notes.add(stored.getFirst().getId(), payload);
        }
        assertNoRawMarkup("client list", navigate("clients", ClientListView.class));
        for (Client c : stored) {
            var view = navigate("clients/" + c.getId(), ClientOverviewView.class);
            assertNoRawMarkup("overview of " + c.getName(), view);
            assertThat(visibleText(view)).as("overview shows the name as text").contains(c.getName());
        }
        assertNoRawMarkup("invoice list", navigate("invoices", InvoiceListView.class));
    }

    @Test
    void the_client_center_shows_the_payloads_as_text() {
        testData.linkClientUser(TestData.CLIENT_USER, stored.getFirst());
        login(TestData.CLIENT_USER);
        var view = navigate("portal/invoices/" + invoiceId, PortalInvoiceView.class);
        assertNoRawMarkup("portal invoice", view);
        assertThat(visibleText(view)).contains(CORPUS.getFirst());
    }

    /** Support threads (issue 20): subjects and messages of both sides, in the back office and the Client Center. */
    @Test
    void support_requests_and_replies_show_the_payloads_as_text_on_both_sides() {
        Client first = stored.getFirst();
        testData.setPortalSections(first, PortalSections.ALL);
        List<Long> requests = new ArrayList<>();
        for (String payload : CORPUS) {
            requests.add(testData.supportRequest(first, payload, String.join("\n", CORPUS)));
        }
        inOtherSession(() -> {
            for (String payload : CORPUS) {
                support.reply(requests.getFirst(), payload, null);
            }
        });

        login(TestData.STAFF);
        assertNoRawMarkup("support list", navigate("support", SupportListView.class));
        var thread = navigate("support/" + requests.getFirst(), SupportRequestView.class);
        assertNoRawMarkup("support thread", thread);
        assertThat(visibleText(thread)).contains(CORPUS.getFirst(), CORPUS.get(1));
        navigate("clients/" + first.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-support");
        assertNoRawMarkup("client support tab", _get(ClientOverviewView.class));

        logout();
        testData.linkClientUser(TestData.CLIENT_USER, first);
        login(TestData.CLIENT_USER);
        assertNoRawMarkup("portal support list", navigate("portal/support", PortalSupportView.class));
        var portalThread = navigate("portal/support/" + requests.getFirst(), PortalSupportRequestView.class);
        assertNoRawMarkup("portal support thread", portalThread);
        assertThat(visibleText(portalThread)).contains(CORPUS.getFirst(), CORPUS.get(2));
    }

    @Test
    void the_credit_note_pdf_view_and_portal_show_the_payloads_as_text() throws Exception {
        byte[] pdf = SystemAuthentication.call(() -> pdfs.creditNotePdf(creditNoteId, PdfLanguage.BACK_OFFICE));
        try (var document = Loader.loadPDF(pdf)) {
            // The joined description wraps over lines: compare with every run of white space as one space.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        }
        login(TestData.STAFF);
        var overview = navigate("clients/" + stored.getFirst().getId(), ClientOverviewView.class);
        assertNoRawMarkup("overview with credit notes", overview);
        DocumentViewDialog dialog = SystemAuthentication.call(() -> viewOf(invoiceId));
        assertNoRawMarkup("invoice record with its credit notes", dialog);
        assertThat(visibleText(dialog)).contains(CORPUS.getFirst());
        testData.linkClientUser(TestData.CLIENT_USER, stored.getFirst());
        login(TestData.CLIENT_USER);
        var portal = navigate("portal/credit-notes", PortalCreditNotesView.class);
        assertNoRawMarkup("portal credit notes", portal);
    }

    @Autowired
    BillingEditors editors;

    private DocumentViewDialog viewOf(long id) {
        return editors.viewInvoice(id, () -> {});
    }

    @Test
    void the_invoice_pdf_prints_the_payloads_literally() throws Exception {
        byte[] pdf = SystemAuthentication.call(() -> pdfs.invoicePdf(invoiceId, PdfLanguage.BACK_OFFICE));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        }
    }

    @Test
    void csv_exports_neutralize_spreadsheet_formulas() {
        String csv = SystemAuthentication.call(() -> reports.groupReportCsv(
                LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 1, 1),
                List.of("group", "currency", "clients", "invoices", "invoiced", "paid", "outstanding"),
                "none"));
        List<String> cells = csv.lines()
                .skip(1)
                .map(l -> l.startsWith("\"") ? l.substring(1) : l)
                .toList();
        assertThat(cells).isNotEmpty();
        for (String line : cells) {
            assertThat(line.charAt(0)).as(line).isNotIn('=', '+', '-', '@');
        }
        assertNoFormulaInAnyLocale(csv);
        assertThat(csv).contains("'=HYPERLINK(");

        var out = new ByteArrayOutputStream();
        SystemAuthentication.run(() -> customerReport.writeCsv(
                new CustomerReportFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null),
                Sort.unsorted(),
                List.of("client", "currency", "invoices", "invoiced", "paid", "outstanding", "last", "id"),
                out));
        List<String> customerLines =
                out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertThat(customerLines).hasSize(1);
        for (String line : customerLines) {
            String first = line.startsWith("\"") ? line.substring(1) : line;
            assertThat(first.charAt(0)).as(line).isNotIn('=', '+', '-', '@');
        }
        assertNoFormulaInAnyLocale(out.toString(StandardCharsets.UTF_8));
    }

    /** Read as a comma, semicolon or tab spreadsheet (quotes honoured), no cell starts a formula. */
    private static void assertNoFormulaInAnyLocale(String csv) {
        for (String line : csv.lines().toList()) {
            for (char separator : new char[] {',', ';', '\t'}) {
                for (String cell : CsvTest.split(line, separator)) {
                    assertThat(CsvTest.runsAsFormula(cell))
                            .as("'%s' cell %s of %s", separator, cell, line)
                            .isFalse();
                }
            }
        }
    }

    /** The outermost layout around the view (route content sits in a wrapper, not directly under the UI). */
    private static Element root(Component view) {
        Component top = view;
        while (top.getParent().isPresent() && !(top.getParent().get() instanceof UI)) {
            top = top.getParent().get();
        }
        return top.getElement();
    }

    private static void assertNoRawMarkup(String where, Component view) {
        int[] visited = {0};
        walk(root(view), element -> {
            visited[0]++;
            String html = element.getProperty("innerHTML");
            if (html != null) {
                for (String marker : MARKUP) {
                    assertThat(html)
                            .as(where + ": raw HTML in <" + element.getTag() + ">")
                            .doesNotContain(marker);
                }
            }
            for (String attribute : element.getAttributeNames().toList()) {
                assertThat(attribute).as(where + ": event handler attribute").doesNotStartWith("on");
                String value = element.getAttribute(attribute);
                if (value != null && (attribute.equals("href") || attribute.equals("src"))) {
                    assertThat(value.strip().toLowerCase())
                            .as(where + " " + attribute)
                            .doesNotStartWith("javascript:");
                }
            }
        });
        assertThat(visited[0]).as(where + ": elements scanned").isGreaterThan(20);
    }

    private static String visibleText(Component view) {
        StringBuilder text = new StringBuilder(root(view).getTextRecursively());
        walk(root(view), element -> {
            for (String property : element.getPropertyNames().toList()) {
                if (element.getProperty(property) instanceof String s) {
                    text.append(s).append('\n');
                }
            }
        });
        return text.toString();
    }

    private static void walk(Element element, Consumer<Element> visit) {
        visit.accept(element);
        element.getChildren().forEach(child -> walk(child, visit));
    }
}
