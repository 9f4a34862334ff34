package io.clientele.billing;

import io.clientele.base.domain.DateWindow;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What invoices, quotes and payments share: visibility, validation of a document, the client's amount owed. */
@Component
class BillingSupport {

    final ClientService clients;
    final ClientScope scope;
    final InvoiceRepository invoices;
    final Clock clock;
    private final SettingsService settings;
    private final CustomFields customFields;
    private final NumberSequences numbers;
    private final UserDirectory users;
    private final DocumentRepository documents;
    final DateWindow dates;
    final OpenBalanceLedger ledger;
    final InvoiceMonths months;

    private final ApplicationEventPublisher events;

    BillingSupport(
            ClientService clients,
            ClientScope scope,
            InvoiceRepository invoices,
            Clock clock,
            SettingsService settings,
            NumberSequences numbers,
            UserDirectory users,
            DocumentRepository documents,
            DateWindow dates,
            ApplicationEventPublisher events,
            OpenBalanceLedger ledger,
            CustomFields customFields,
            InvoiceMonths months) {
        this.ledger = ledger;
        this.months = months;
        this.customFields = customFields;
        this.clients = clients;
        this.scope = scope;
        this.invoices = invoices;
        this.clock = clock;
        this.settings = settings;
        this.numbers = numbers;
        this.users = users;
        this.documents = documents;
        this.dates = dates;
        this.events = events;
    }

    /** Tells the features that linked work to this invoice that it no longer charges it (see {@link InvoiceWithdrawn}). */
    /**
     * An edited draft's lines may name stored lines only of that same draft (see {@link DocumentLine#identifiedAs}):
     * any other id, or one named twice, becomes a new line, so a save can never move a line from another document.
     * A new document ({@code stored} null) has no lines yet.
     */
    void keepOwnLineIds(BillingDocument edited, @Nullable BillingDocument stored) {
        Set<Long> own = new HashSet<>();
        if (stored != null) {
            for (DocumentLine line : stored.getLines()) {
                own.add(line.getId());
            }
        }
        for (DocumentLine line : edited.getLines()) {
            if (line.getId() != null && !own.remove(line.getId())) {
                line.forgetIdentity();
            }
        }
    }

    /** Tells the features that link to an invoice's lines which lines a saved draft has now. */
    void linesSaved(Invoice saved) {
        List<Long> lineIds = saved.getLines().stream().map(DocumentLine::getId).toList();
        events.publishEvent(new InvoiceLinesSaved(Objects.requireNonNull(saved.getId()), Set.copyOf(lineIds)));
    }

    void withdrawn(long invoiceId, long clientId) {
        events.publishEvent(new InvoiceWithdrawn(invoiceId, clientId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The document if the caller may see its client (and the client is live); else "not found". */
    <D extends BillingDocument> D visible(D document) {
        Client client = document.getClient();
        if (!scope.canSee(client)) {
            throw new DocumentNotFoundException(document.getId() == null ? 0 : document.getId());
        }
        return document;
    }

    /** Fills client, currency and addresses of a new draft from its client; the number comes on issue. */
    void prepareNew(BillingDocument document, Client client) {
        document.assign(client, client.getCurrency());
        if (document.getBillingAddress() == null) {
            document.setBillingAddress(blankToNull(client.getBillingAddress().formatted(locale(client))));
        }
        if (document.getShippingAddress() == null) {
            document.setShippingAddress(
                    blankToNull(client.effectiveShippingAddress().formatted(locale(client))));
        }
    }

    void validate(BillingDocument document) {
        if (document.getLines().isEmpty()) {
            throw new RuleViolationException("billing.lines.required");
        }
        dates.require(document.getIssueDate(), "billing.issue-date.window");
        LocalDate due = document.getDueDate();
        if (due != null) {
            dates.require(due, "billing.due-date.window");
        }
        if (due != null && due.isBefore(document.getIssueDate())) {
            throw new RuleViolationException("billing.due-before-issue");
        }
        requireAmountsFit(document.getLines());
        if (document.isBillToParent()) {
            // Issue 22: refused on save too, so that a draft never asks for a parent the client does not have.
            billTo(document);
        }
    }

    /**
     * Refuses lines whose quantity, price, amount or sum would not fit the DECIMAL(19,4) columns: the database would
     * refuse the save with an error the user never sees, and the editor stayed open without a word.
     */
    static void requireAmountsFit(List<DocumentLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            BigDecimal amount = line.getQuantity().multiply(line.getUnitPrice());
            BigDecimal withTax = amount.add(amount.multiply(line.getTaxRate()).movePointLeft(2));
            if (!Money.fits(line.getQuantity()) || !Money.fits(line.getUnitPrice()) || !Money.fits(withTax)) {
                throw new RuleViolationException("billing.line.too-large", i + 1, Money.MAX_SHOWN);
            }
            total = total.add(withTax);
        }
        if (!Money.fits(total)) {
            throw new RuleViolationException("billing.total.too-large", Money.MAX_SHOWN);
        }
    }

    /**
     * Refuses any change to a stored document that was issued: its content is a record. Reads the stored state, not
     * the object handed in, so a caller cannot clear the flag on its copy.
     */
    void requireDraft(BillingDocument document) {
        Long id = document.getId();
        if (id != null && documents.issuedAt(id).isPresent()) {
            throw new RuleViolationException("billing.issued.locked", String.valueOf(documents.numberOf(id)));
        }
    }

    /**
     * Issues a draft in the caller's transaction: checks it can go out (lines, a total above zero, an address when
     * Settings ask for one), takes the next number of the type's sequence and freezes the parties and language.
     * The number is taken last, so a refusal never uses one up.
     */
    void issue(BillingDocument document, DocumentType type) {
        issue(document, type, null);
    }

    /**
     * {@link #issue(BillingDocument, DocumentType)} for a credit note of {@code credited}: when that invoice was billed
     * to the parent company, the note names the same frozen buyer (and its e-invoice buyer) and "For" as the invoice,
     * whatever the parent or the subsidiary look like now.
     */
    void issue(BillingDocument document, DocumentType type, @Nullable BillingDocument credited) {
        if (document.isIssued()) {
            return;
        }
        if (document.getLines().isEmpty()) {
            throw new RuleViolationException("billing.issue.no-lines");
        }
        if (document.getTotal().signum() <= 0) {
            throw new RuleViolationException("billing.issue.zero-total");
        }
        SystemSettings system = settings.get();
        Client client = document.getClient();
        // Issue 22: a subsidiary's document billed to its parent freezes the parent as the buyer.
        Client billTo = billTo(document);
        Parties parties = liveParties(document, system);
        // Issue 22: a credit note of an invoice billed to the parent bills whom the invoice billed, as it was frozen.
        BillingDocument billedAs = credited != null && credited.getBillToClientId() != null ? credited : null;
        if (billedAs != null) {
            Parties frozen = billedAs.parties();
            parties = new Parties(
                    parties.sellerName(),
                    parties.sellerAddress(),
                    parties.sellerTaxId(),
                    frozen.buyerName(),
                    frozen.buyerTaxId(),
                    frozen.billingAddress(),
                    frozen.shippingAddress(),
                    parties.language());
        }
        if (system.isIssueRequiresAddress() && parties.billingAddress() == null) {
            throw new RuleViolationException("billing.issue.address-required", billTo.getName());
        }
        EInvoiceParties einvoice = liveEInvoiceParties(billTo, system);
        if (billedAs != null) {
            einvoice = einvoice.withBuyerOf(billedAs.einvoiceParties());
        }
        if (type != DocumentType.QUOTE) {
            // Refused now, naming field and rule, rather than rejected later by the recipient's system.
            EInvoiceRules.check(document, parties, einvoice, einvoice.getFormat());
        }
        String pattern = switch (type) {
            case INVOICE -> system.getInvoiceNumberPattern();
            case QUOTE -> system.getQuoteNumberPattern();
            case CREDIT_NOTE -> system.getCreditNoteNumberPattern();
        };
        String number = numbers.next(type, pattern, document.getIssueDate());
        Long callerId = users.currentScope().accountId();
        String callerName = callerId == null
                ? null
                : users.find(callerId).map(UserRef::displayName).orElse(null);
        document.issue(number, clock.instant(), callerId, callerName, parties, einvoice);
        boolean billedToParent = !Objects.equals(billTo.getId(), client.getId());
        if (billedAs != null) {
            document.freezeBillTo(billedAs.getBillToClientId(), billedAs.getForName());
        } else {
            document.freezeBillTo(billedToParent ? billTo.getId() : null, billedToParent ? client.getName() : null);
        }
        if (type != DocumentType.CREDIT_NOTE) {
            document.freezePrintedFields(livePrintedFields(document));
        }
    }

    /**
     * Issue 22: the custom-field lines to print: frozen once issued, else the client's values now. Credit notes print
     * none.
     */
    @Nullable
    String printedFields(BillingDocument document) {
        return document.isIssued() ? document.getPrintedFields() : livePrintedFields(document);
    }

    /**
     * Issue 22: the client's custom fields marked "on PDFs" as "Label: value" lines in the document's language (the
     * client's): each label in that language, else the default one; numbers and dates in its form, yes/no in its
     * words, choices by their option text. Null when there is nothing to print.
     */
    private @Nullable String livePrintedFields(BillingDocument document) {
        Client client = document.getClient();
        Map<CustomField, Object> values = customFields.onPdfs(Objects.requireNonNull(client.getId()));
        if (values.isEmpty()) {
            return null;
        }
        Locale locale =
                BillingFormat.locale(document.getLanguage() != null ? document.getLanguage() : client.getLanguage());
        ResourceBundle labels = PdfRenderer.labels(DocumentPdfService.DOCUMENT_TEMPLATE, locale);
        StringJoiner lines = new StringJoiner("\n");
        values.forEach((field, value) -> lines.add(customFields.label(field, locale) + ": "
                + CustomFieldType.display(value, locale, labels.getString("yes"), labels.getString("no"))));
        return lines.toString();
    }

    /**
     * Issue 22: whom the document bills now: the client's parent company when the draft asks for it, else the client.
     *
     * @throws RuleViolationException {@code parent.billing.no-parent} when it asks for a parent the client no longer
     *     has
     */
    Client billTo(BillingDocument document) {
        Client client = document.getClient();
        if (!document.isBillToParent()) {
            return client;
        }
        // Read in this transaction: the editor's copy of the client may come from another one.
        Client parent = clients.get(Objects.requireNonNull(client.getId())).getParent();
        if (parent == null || parent.isTrashed()) {
            throw new RuleViolationException("parent.billing.no-parent", client.getName());
        }
        return parent;
    }

    /** Issue 22: the parties a document would be issued with now, its buyer the parent company if billed to it. */
    Parties liveParties(BillingDocument document, SystemSettings system) {
        Client client = document.getClient();
        Client billTo = billTo(document);
        if (Objects.equals(billTo.getId(), client.getId())) {
            return liveParties(client, system);
        }
        Parties buyer = liveParties(billTo, system);
        // The document keeps the subsidiary's language: it is the subsidiary's record.
        return new Parties(
                buyer.sellerName(),
                buyer.sellerAddress(),
                buyer.sellerTaxId(),
                buyer.buyerName(),
                buyer.buyerTaxId(),
                buyer.billingAddress(),
                buyer.shippingAddress(),
                client.getLanguage());
    }

    /** Issue 22: the "For" line to print: frozen once issued, else the client's name when billed to its parent. */
    @Nullable
    String forName(BillingDocument document) {
        if (document.isIssued()) {
            return document.getForName();
        }
        return document.isBillToParent() && document.getClient().getParent() != null
                ? document.getClient().getName()
                : null;
    }

    /** The parties a document would be issued with now: company from Settings, the client as it stands. */
    Parties liveParties(Client client, SystemSettings system) {
        Locale locale = locale(client);
        return new Parties(
                blankToNull(system.getCompanyName()),
                blankToNull(system.getCompanyAddress()),
                blankToNull(system.getCompanyTaxId()),
                client.getName(),
                blankToNull(client.getTaxId()),
                blankToNull(client.getBillingAddress().formatted(locale)),
                blankToNull(client.effectiveShippingAddress().formatted(locale)),
                client.getLanguage());
    }

    /** The e-invoice details a document would be issued with now: Settings' company details, the client as it stands. */
    EInvoiceParties liveEInvoiceParties(Client client, SystemSettings system) {
        Address address = client.getBillingAddress();
        return new EInvoiceParties(
                system.getCompanyVatId(),
                system.getCompanyTaxNumber(),
                system.getCompanyStreet(),
                system.getCompanyPostalCode(),
                system.getCompanyCity(),
                system.getCompanyCountry(),
                system.getCompanyContactName(),
                system.getCompanyPhone(),
                system.getCompanyEmail(),
                system.getCompanyEndpointId(),
                system.getCompanyEndpointScheme(),
                system.getCompanyIban(),
                system.getCompanyBic(),
                blankToNull(address.getStreet()),
                blankToNull(address.getPostalCode()),
                blankToNull(address.getCity()),
                blankToNull(address.getCountry()),
                blankToNull(
                        client.getCountrySubdivision() != null ? client.getCountrySubdivision() : address.getState()),
                blankToNull(client.getEndpointId()),
                blankToNull(client.getEndpointScheme()),
                blankToNull(client.getBuyerReference()),
                client.getEinvoiceFormat());
    }

    /** The e-invoice details: frozen ones once issued, else what issuing would freeze now. */
    EInvoiceParties einvoiceParties(BillingDocument document) {
        return document.isIssued()
                ? document.einvoiceParties()
                : liveEInvoiceParties(draftBillTo(document), settings.get());
    }

    /** The parties to print: frozen ones once issued, else what issuing would freeze now. */
    Parties parties(BillingDocument document) {
        if (document.isIssued()) {
            return document.parties();
        }
        SystemSettings system = settings.get();
        return draftBillTo(document) == document.getClient()
                ? liveParties(document.getClient(), system)
                : liveParties(document, system);
    }

    /** A draft's buyer for previews: the parent if billed to one it still has, else the client (issue refuses). */
    private Client draftBillTo(BillingDocument document) {
        Client parent = document.getClient().getParent();
        return document.isBillToParent() && parent != null && !parent.isTrashed() ? parent : document.getClient();
    }

    /** Keeps the client's amount owed (the list's Balance column) in step, inside the caller's transaction. */
    void refreshAmountOwed(long clientId) {
        clients.recordAmountOwed(clientId, invoices.sumOpenBalance(clientId));
    }

    /**
     * After a change to the invoice's balance or status: the client's amount owed, the dashboard's open balances and
     * the group report's months (issue 18) in step. The amount owed first: its update locks the client's row, before
     * the ledger's and the months' rows (one lock order).
     */
    void refreshAmountOwed(Invoice invoice) {
        refreshAmountOwed(InvoiceService.clientId(invoice));
        ledger.track(invoice);
        months.track(invoice);
    }

    private static Locale locale(Client client) {
        return Locale.forLanguageTag(client.getLanguage());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The days the client's payment terms give (0 without terms): a new invoice falls due that many days on. */
    int paymentDays(Client client) {
        return settings.paymentDays(client.getPaymentTermId());
    }
}
