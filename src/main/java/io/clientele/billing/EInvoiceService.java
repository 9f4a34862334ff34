package io.clientele.billing;

import io.clientele.base.security.Roles;
import io.clientele.client.EInvoiceFormat;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-invoices of issued invoices and credit notes: Factur-X / ZUGFeRD (PDF/A-3 with the EN 16931 CII XML; the visible
 * PDF is the client-language document) and XRechnung (the XML alone). Made from what the document froze at issue and
 * checked against the EN 16931 / XRechnung rules first ({@link EInvoiceRules}). Visibility is that of
 * {@link InvoiceService#get} and {@link CreditNoteService#get}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class EInvoiceService {

    private final InvoiceService invoices;
    private final CreditNoteService creditNotes;
    private final InvoiceRepository invoiceRows;
    private final CreditNoteRepository creditNoteRows;
    private final DocumentPdfService pdfs;
    private final EInvoices einvoices;

    EInvoiceService(
            InvoiceService invoices,
            CreditNoteService creditNotes,
            InvoiceRepository invoiceRows,
            CreditNoteRepository creditNoteRows,
            DocumentPdfService pdfs,
            EInvoices einvoices) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.invoiceRows = invoiceRows;
        this.creditNoteRows = creditNoteRows;
        this.pdfs = pdfs;
        this.einvoices = einvoices;
    }

    /**
     * An issued invoice or credit note as e-invoice in {@code format} (FACTUR_X or XRECHNUNG).
     *
     * @throws DocumentNotFoundException if it does not exist or the caller may not see its client
     * @throws io.clientele.base.domain.RuleViolationException {@code einvoice.draft} for a draft, or the rule the
     *     document breaks ({@link EInvoiceRules})
     */
    public EInvoiceFile download(DocumentType type, long id, EInvoiceFormat format) {
        return generate(find(type, id), format);
    }

    /**
     * Checks that the document can be an e-invoice in {@code format}, without generating it (for offering downloads).
     *
     * @throws io.clientele.base.domain.RuleViolationException naming the field and the rule that fails
     */
    public void check(DocumentType type, long id, EInvoiceFormat format) {
        requireValid(find(type, id), format);
    }

    private BillingDocument find(DocumentType type, long id) {
        return switch (type) {
            case INVOICE -> invoices.get(id);
            case CREDIT_NOTE -> creditNotes.get(id);
            case QUOTE -> throw new IllegalArgumentException("quotes have no e-invoice");
        };
    }

    /**
     * The e-invoice the client chose (frozen on the document at issue), for e-mails and the Client Center; empty when
     * the client receives PDFs only, or for a quote.
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public Optional<EInvoiceFile> chosen(BillingDocument document) {
        EInvoiceFormat format = document.einvoiceParties().getFormat();
        if (format == EInvoiceFormat.PDF || document.getType() == DocumentType.QUOTE || !document.isIssued()) {
            return Optional.empty();
        }
        return Optional.of(generate(document, format));
    }

    /**
     * For the Client Center: the XML of a document the portal already found among the calling client's own issued
     * documents (XRechnung when the client chose it, else the EN 16931 CII of Factur-X).
     */
    @RolesAllowed(Roles.CLIENT)
    public EInvoiceFile clientXml(BillingDocument document) {
        EInvoiceFormat format = document.einvoiceParties().getFormat() == EInvoiceFormat.XRECHNUNG
                ? EInvoiceFormat.XRECHNUNG
                : EInvoiceFormat.FACTUR_X;
        return xmlFile(document, format);
    }

    EInvoiceFile generate(BillingDocument document, EInvoiceFormat format) {
        if (format == EInvoiceFormat.PDF) {
            throw new IllegalArgumentException("PDF is no e-invoice format");
        }
        if (format == EInvoiceFormat.XRECHNUNG) {
            return xmlFile(document, format);
        }
        requireValid(document, format);
        byte[] pdf = einvoices.facturX(document, pdfs.pdfA(document), invoiceDate(document));
        return new EInvoiceFile(document.getNumber() + ".pdf", EInvoiceFile.PDF, pdf);
    }

    private EInvoiceFile xmlFile(BillingDocument document, EInvoiceFormat format) {
        requireValid(document, format);
        byte[] xml = einvoices.xml(document, format, invoiceDate(document));
        String suffix = format == EInvoiceFormat.XRECHNUNG ? "-xrechnung.xml" : "-factur-x.xml";
        return new EInvoiceFile(document.getNumber() + suffix, EInvoiceFile.XML, xml);
    }

    private static void requireValid(BillingDocument document, EInvoiceFormat format) {
        if (!document.isIssued()) {
            throw new io.clientele.base.domain.RuleViolationException("einvoice.draft");
        }
        EInvoiceRules.check(document, document.parties(), document.einvoiceParties(), format);
    }

    /** BT-26: the issue date of the invoice a credit note corrects. */
    private @Nullable LocalDate invoiceDate(BillingDocument document) {
        if (document instanceof CreditNote note) {
            if (note.getInvoiceNumber().isEmpty()) {
                note.setInvoiceNumber(String.valueOf(creditNoteRows.invoiceNumber(note.getInvoiceId())));
            }
            return invoiceRows
                    .findById(note.getInvoiceId())
                    .map(Invoice::getIssueDate)
                    .orElse(null);
        }
        return null;
    }
}
