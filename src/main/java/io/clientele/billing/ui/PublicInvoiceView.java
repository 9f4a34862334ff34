package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.ui.Downloads;
import io.clientele.billing.BillingFormat;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.Parties;
import io.clientele.billing.PublicLinks;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page an invoice's public link opens: the invoice read-only, without login and without the back office's shell,
 * in the invoice's language and currency, with seller and buyer as frozen at issue and its PDF to download. Opening
 * it marks the invoice Viewed (the service does, once).
 *
 * <p>Anything but a live link to a sent invoice (unknown, altered, revoked, a draft, a trashed client, even a failure)
 * shows the same plain "Not found": the page never tells which tokens exist, nor shows a stack trace. The token is a
 * wildcard so that an altered link with extra slashes lands here too.
 */
@Route(value = PublicLinks.INVOICE_PATH + "/:token*", autoLayout = false)
@AnonymousAllowed
public class PublicInvoiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PublicInvoiceView.class);

    private final InvoiceService invoices;
    private final DocumentPdfService pdfs;
    private String title = "";
    private String token = "";

    public PublicInvoiceView(InvoiceService invoices, DocumentPdfService pdfs) {
        this.invoices = invoices;
        this.pdfs = pdfs;
        addClassName("public-invoice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        Optional<Invoice> invoice;
        try {
            invoice = invoices.openPublic(token);
        } catch (RuntimeException e) {
            log.error("Public invoice page failed; showing not found", e);
            invoice = Optional.empty();
        }
        invoice.ifPresentOrElse(this::show, this::notFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void notFound() {
        title = getTranslation("billing.public.not-found.title");
        H1 heading = new H1(title);
        heading.setId("public-not-found");
        add(heading, new Paragraph(getTranslation("billing.public.not-found.text")));
    }

    private void show(Invoice invoice) {
        // The invoice's language, not the visitor's browser: the page is the client's document.
        Locale locale = BillingFormat.locale(
                invoice.getLanguage() != null
                        ? invoice.getLanguage()
                        : invoice.getClient().getLanguage());
        Parties frozen = invoice.parties();
        title = getTranslation(locale, "billing.public.title", invoice.getNumber());

        H1 heading = new H1(title);
        heading.setId("public-invoice-title");
        Span status = new Span(status(invoice.getStatus(), locale));
        status.setId("public-invoice-status");
        status.addClassNames("badge", "badge-" + statusVariant(invoice.getStatus()));
        Div header = new Div(heading, status);
        header.addClassName("public-invoice-header");

        Div seller = block(
                getTranslation(locale, "billing.public.from"),
                "public-invoice-seller",
                frozen.sellerName() == null ? "" : frozen.sellerName(),
                taxId(frozen.sellerTaxId(), locale),
                frozen.sellerAddress());
        Div billedTo = block(
                getTranslation(locale, "billing.public.billed-to"),
                "public-invoice-client",
                frozen.buyerName() == null ? invoice.getClient().getName() : frozen.buyerName(),
                taxId(frozen.buyerTaxId(), locale),
                frozen.billingAddress());
        Div dates = new Div(
                fact(getTranslation(locale, "billing.public.number"), invoice.getNumber(), "public-invoice-number"),
                fact(
                        getTranslation(locale, "billing.public.issue-date"),
                        BillingFormat.date(invoice.getIssueDate(), locale),
                        "public-invoice-issue-date"),
                fact(
                        getTranslation(locale, "billing.public.due-date"),
                        BillingFormat.date(invoice.getDueDate(), locale),
                        "public-invoice-due-date"));
        dates.addClassName("public-invoice-facts");
        Div parties = new Div(seller, billedTo);
        if (frozen.distinctShippingAddress() != null) {
            parties.add(block(
                    getTranslation(locale, "billing.public.ship-to"),
                    "public-invoice-ship-to",
                    "",
                    null,
                    frozen.distinctShippingAddress()));
        }
        parties.add(dates);
        parties.addClassName("public-invoice-parties");

        String publicToken = token;
        String number = String.valueOf(invoice.getNumber());
        var pdf = Downloads.link(
                getTranslation(locale, "billing.public.pdf"),
                number + ".pdf",
                Downloads.PDF,
                () -> pdfs.publicCopy(publicToken).orElseThrow());
        pdf.setId("public-invoice-pdf");
        add(header, parties, lines(invoice, locale), totals(invoice, locale), pdf);
        String notes = invoice.getNotes();
        if (notes != null && !notes.isBlank()) {
            Paragraph text = new Paragraph(notes);
            text.setId("public-invoice-notes");
            text.addClassName("address-text");
            add(new H2(getTranslation(locale, "billing.public.notes")), text);
        }
    }

    private NativeTable lines(Invoice invoice, Locale locale) {
        NativeTable table = new NativeTable();
        table.setId("public-invoice-lines");
        table.addClassName("public-invoice-lines");
        NativeTableRow head = new NativeTableRow();
        head.add(
                new NativeTableHeaderCell(getTranslation(locale, "billing.public.line.description")),
                numeric(new NativeTableHeaderCell(getTranslation(locale, "billing.public.line.quantity"))),
                numeric(new NativeTableHeaderCell(getTranslation(locale, "billing.public.line.unit-price"))),
                numeric(new NativeTableHeaderCell(getTranslation(locale, "billing.public.line.tax"))),
                numeric(new NativeTableHeaderCell(getTranslation(locale, "billing.public.line.amount"))));
        table.getHead().add(head);
        NativeTableBody body = table.getBody();
        String currency = invoice.getCurrency();
        for (DocumentLine line : invoice.getLines()) {
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(line.getDescription()),
                    numeric(new NativeTableCell(BillingFormat.quantity(line.getQuantity(), locale))),
                    numeric(new NativeTableCell(BillingFormat.money(line.getUnitPrice(), currency, locale))),
                    numeric(new NativeTableCell(BillingFormat.percent(line.getTaxRate(), locale))),
                    numeric(new NativeTableCell(BillingFormat.money(line.getAmount(), currency, locale))));
            body.add(row);
        }
        return table;
    }

    private NativeTable totals(Invoice invoice, Locale locale) {
        NativeTable table = new NativeTable();
        table.setId("public-invoice-totals");
        table.addClassName("public-invoice-totals");
        String currency = invoice.getCurrency();
        table.getBody()
                .add(
                        total(
                                getTranslation(locale, "billing.public.subtotal"),
                                invoice.getSubtotal(),
                                currency,
                                locale,
                                "public-invoice-subtotal"),
                        total(
                                getTranslation(locale, "billing.public.tax"),
                                invoice.getTaxTotal(),
                                currency,
                                locale,
                                "public-invoice-tax"),
                        total(
                                getTranslation(locale, "billing.public.total"),
                                invoice.getTotal(),
                                currency,
                                locale,
                                "public-invoice-total"),
                        total(
                                getTranslation(locale, "billing.public.credited"),
                                invoice.getCreditedTotal(),
                                currency,
                                locale,
                                "public-invoice-credited"),
                        total(
                                getTranslation(locale, "billing.public.paid"),
                                invoice.getPaidTotal(),
                                currency,
                                locale,
                                "public-invoice-paid"),
                        total(
                                getTranslation(locale, "billing.public.balance"),
                                invoice.getBalance(),
                                currency,
                                locale,
                                "public-invoice-balance"));
        return table;
    }

    private static NativeTableRow total(String label, BigDecimal amount, String currency, Locale locale, String id) {
        NativeTableCell value = numeric(new NativeTableCell(BillingFormat.money(amount, currency, locale)));
        value.setId(id);
        return new NativeTableRow(new NativeTableHeaderCell(label), value);
    }

    private static <C extends Component> C numeric(C cell) {
        cell.getElement().getClassList().add("numeric");
        return cell;
    }

    private @Nullable String taxId(@Nullable String taxId, Locale locale) {
        return taxId == null ? null : getTranslation(locale, "billing.public.tax-id", taxId);
    }

    private static Div block(String label, String id, String name, @Nullable String taxId, @Nullable String address) {
        Div title = new Div(label);
        title.addClassName("public-invoice-label");
        Div nameLine = new Div(name);
        nameLine.setId(id);
        nameLine.addClassName("public-invoice-name");
        Div block = new Div(title, nameLine);
        if (taxId != null) {
            block.add(new Div(taxId));
        }
        if (address != null && !address.isBlank()) {
            Div lines = new Div(address);
            lines.addClassName("address-text");
            block.add(lines);
        }
        return block;
    }

    private static Div fact(String label, String value, String id) {
        Span l = new Span(label);
        l.addClassName("public-invoice-label");
        Span v = new Span(value);
        v.setId(id);
        return new Div(l, v);
    }

    private String status(InvoiceStatus status, Locale locale) {
        return getTranslation(
                locale,
                switch (status) {
                    case DRAFT -> "billing.public.status.draft";
                    case SENT -> "billing.public.status.sent";
                    case VIEWED -> "billing.public.status.viewed";
                    case PAID -> "billing.public.status.paid";
                    case OVERDUE -> "billing.public.status.overdue";
                    case CANCELLED -> "billing.public.status.cancelled";
                });
    }

    private static String statusVariant(InvoiceStatus status) {
        return switch (status) {
            case PAID -> "success";
            case OVERDUE -> "error";
            case SENT, VIEWED -> "primary";
            case DRAFT, CANCELLED -> "contrast";
        };
    }
}
