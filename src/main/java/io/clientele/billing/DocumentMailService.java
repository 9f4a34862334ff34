package io.clientele.billing;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.MailAddresses;
import io.clientele.base.mail.MailDeliveryException;
import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.base.mail.MailTemplates;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.contact.RecipientRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending invoices and quotes by e-mail: a draft with recipients from the contacts' default roles and texts in the
 * client's language, then the send itself, which marks the document Sent in the same transaction.
 *
 * <p>Sending is idempotent per request key (see {@link MailRequest#idempotencyKey()}): the key is stored in
 * {@code mail_sends} before the mail leaves, so a repeated request, on any node, sends nothing. The mail goes out
 * inside the transaction: if the server refuses it, nothing is marked and the key stays free for a retry.
 */
@Service
@Transactional
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class DocumentMailService {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int MAX_RECIPIENTS = 50;
    public static final int IDEMPOTENCY_KEY_MAX = 64;
    /** Open invoices attached to a statement e-mail at most, oldest first: a mail server refuses huge messages. */
    public static final int STATEMENT_INVOICES_MAX = 20;

    /** The texts of document e-mails ({@code billing-mail/messages*.properties}). */
    static final String MAIL_BUNDLE = "billing-mail.messages";

    private static final Logger log = LoggerFactory.getLogger(DocumentMailService.class);

    private final InvoiceService invoices;
    private final QuoteService quotes;
    private final ContactService contacts;
    private final Mailer mailer;
    private final MailSendLog sendLog;
    private final PublicLinks links;
    private final BillingSupport support;
    private final DocumentPdfService pdfs;
    private final EInvoiceService einvoices;
    private final MailIdentity identity;
    private final InvoiceRepository invoiceRows;
    private final MailTemplates templates;
    private final MailValues values;
    private final CreditNoteService creditNotes;

    DocumentMailService(
            InvoiceService invoices,
            QuoteService quotes,
            ContactService contacts,
            Mailer mailer,
            MailSendLog sendLog,
            PublicLinks links,
            BillingSupport support,
            DocumentPdfService pdfs,
            EInvoiceService einvoices,
            MailIdentity identity,
            InvoiceRepository invoiceRows,
            MailTemplates templates,
            MailValues values,
            CreditNoteService creditNotes) {
        this.creditNotes = creditNotes;
        this.invoices = invoices;
        this.quotes = quotes;
        this.contacts = contacts;
        this.mailer = mailer;
        this.sendLog = sendLog;
        this.links = links;
        this.support = support;
        this.pdfs = pdfs;
        this.einvoices = einvoices;
        this.identity = identity;
        this.invoiceRows = invoiceRows;
        this.templates = templates;
        this.values = values;
    }

    /**
     * The proposed e-mail for a document the caller may see. To, Cc and Bcc hold the live contacts with an address by
     * their default role; the client's own address is To when no contact is. Subject and body are in the client's
     * language, with the amount due in its currency and, for an invoice, the link to its public page (created here
     * if the invoice has none yet). A draft has no number yet, so its subject has none either: issue it first (the
     * E-mail action does; {@link #send} issues a draft itself).
     *
     * @throws DocumentNotFoundException if the document does not exist or the caller may not see its client
     */
    public MailDraft draft(DocumentType type, long documentId) {
        String kind = switch (type) {
            case INVOICE -> BillingMailKinds.INVOICE;
            case QUOTE -> BillingMailKinds.QUOTE;
            case CREDIT_NOTE -> BillingMailKinds.CREDIT_NOTE;
        };
        return draft(type, documentId, kind);
    }

    /**
     * The proposed e-mail of an invoice a recurring profile issued: as {@link #draft}, with the texts of the recurring
     * invoice template.
     */
    public MailDraft draftRecurring(long invoiceId) {
        return draft(DocumentType.INVOICE, invoiceId, BillingMailKinds.RECURRING);
    }

    private MailDraft draft(DocumentType type, long documentId, String kind) {
        BillingDocument document = load(type, documentId);
        Client client = document.getClient();
        long clientId = InvoiceService.clientId(document);

        Map<String, MailRecipient> book = new LinkedHashMap<>();
        Map<RecipientRole, List<String>> byRole = new EnumMap<>(RecipientRole.class);
        for (RecipientRole role : RecipientRole.values()) {
            byRole.put(role, new ArrayList<>());
        }
        String clientEmail = client.getEmail();
        if (MailAddresses.isValid(clientEmail)) {
            book.put(MailAddresses.normalize(clientEmail), new MailRecipient(client.getName(), clientEmail.strip()));
        }
        List<ContactRow> rows = contacts.page(clientId, false, PageRequest.of(0, PageCap.MAX_PAGE_SIZE));
        for (ContactRow row : rows) {
            String email = row.email();
            if (!MailAddresses.isValid(email)) {
                continue; // no address, or one a server would bounce: nothing to propose
            }
            book.putIfAbsent(MailAddresses.normalize(email), new MailRecipient(row.name(), email.strip()));
            byRole.get(row.defaultRole()).add(email.strip());
        }
        if (byRole.get(RecipientRole.TO).isEmpty() && MailAddresses.isValid(clientEmail)) {
            byRole.get(RecipientRole.TO).add(clientEmail.strip());
        }
        Recipients recipients = Recipients.of(
                byRole.get(RecipientRole.TO), byRole.get(RecipientRole.CC), byRole.get(RecipientRole.BCC));

        String publicUrl = type == DocumentType.INVOICE ? links.invoiceUrl(invoices.publicToken(documentId)) : null;
        Locale locale = BillingFormat.locale(client.getLanguage());
        // The business's template for the client's language, else the built-in one; the user may still edit it.
        MailTemplateText text = templates.render(kind, client.getLanguage(), values.of(document, publicUrl, locale));
        String subject = text.subject();
        String body = text.body();
        return new MailDraft(
                type,
                documentId,
                document.getNumber(),
                client.getName(),
                recipients.to(),
                recipients.cc(),
                recipients.bcc(),
                subject,
                body,
                List.copyOf(book.values()),
                publicUrl);
    }

    /**
     * Sends a document by e-mail, its PDF attached in the client's language, and marks it Sent (an invoice keeps Viewed, Paid or Overdue if it is further along).
     * Every address is checked, whether it came from the contacts or was typed; an address in more than one of To,
     * Cc and Bcc is sent to once, in the first. A request whose idempotency key was used before sends nothing and
     * changes nothing.
     *
     * @throws RuleViolationException {@code billing.mail.recipient.required} without a To address,
     *         {@code billing.mail.address.invalid} naming the first bad address,
     *         {@code billing.mail.recipients.too-many}, {@code billing.mail.subject.required},
     *         {@code billing.mail.subject.too-long}, {@code billing.mail.body.required},
     *         {@code billing.mail.body.too-long}, or {@code billing.mail.delivery-failed} when the mail server refused
     *         the message (then nothing is marked and the key can be used again)
     * @throws DocumentNotFoundException if the document does not exist or the caller may not see its client
     */
    public void send(DocumentType type, long documentId, MailRequest request) {
        String key = request.idempotencyKey().strip();
        if (key.isEmpty() || key.length() > IDEMPOTENCY_KEY_MAX) {
            throw new IllegalArgumentException("An idempotency key of 1 to 64 characters is required");
        }
        BillingDocument document = load(type, documentId);
        Recipients recipients = Recipients.of(checked(request.to()), checked(request.cc()), checked(request.bcc()));
        if (recipients.to().isEmpty()) {
            throw new RuleViolationException("billing.mail.recipient.required");
        }
        if (recipients.count() > MAX_RECIPIENTS) {
            throw new RuleViolationException("billing.mail.recipients.too-many", MAX_RECIPIENTS);
        }
        // Line breaks in a subject would end the header; the dialog's field cannot produce them anyway.
        String subject = request.subject().replaceAll("[\\r\\n]+", " ").strip();
        if (subject.isEmpty()) {
            throw new RuleViolationException("billing.mail.subject.required");
        }
        if (subject.length() > SUBJECT_MAX) {
            throw new RuleViolationException("billing.mail.subject.too-long", SUBJECT_MAX);
        }
        String body = request.body().strip();
        if (body.isEmpty()) {
            throw new RuleViolationException("billing.mail.body.required");
        }
        if (body.length() > BODY_MAX) {
            throw new RuleViolationException("billing.mail.body.too-long", BODY_MAX);
        }
        if (!document.isIssued()) {
            // Sending issues: the number is taken in this transaction, so a refused delivery gives it back.
            document = type == DocumentType.INVOICE ? invoices.issue(documentId) : quotes.issue(documentId);
        }
        // Rendered before the key is claimed: a template failure must not use the key up. Always the client's language.
        List<OutgoingMail.Attachment> attachments = attachments(type, documentId, document);
        if (!sendLog.claim(key, documentId, support.clock.instant())) {
            log.info(
                    "{} {}: e-mail request {} was handled before; nothing sent again", type, document.getNumber(), key);
            return;
        }
        try {
            mailer.send(new OutgoingMail(
                    identity.from(),
                    identity.senderName(),
                    recipients.to(),
                    recipients.cc(),
                    recipients.bcc(),
                    subject,
                    body,
                    attachments));
        } catch (MailDeliveryException e) {
            log.warn("{} {} not sent: {}", type, document.getNumber(), e.getMessage());
            throw new RuleViolationException("billing.mail.delivery-failed");
        }
        // A credit note has no "sent" state: it is issued when it is made, and the send log keeps that it went out.
        switch (type) {
            case INVOICE -> invoices.markSent(documentId);
            case QUOTE -> quotes.markSent(documentId);
            case CREDIT_NOTE -> {}
        }
    }

    /**
     * E-mails a payment reminder for an issued invoice to its default recipients (as {@link #draft} proposes them:
     * contacts whose default role is "not addressed" get none), in the client's language, with the invoice attached
     * as it was sent (PDF or e-invoice) and its public link, and a late-fee invoice's PDF and number if one is given.
     * Unlike {@link #send} it changes no status. Idempotent per key like {@link #send}.
     *
     * @return the To, Cc and Bcc addresses it went to; empty when the key was used before and nothing was sent
     * @throws RuleViolationException {@code billing.mail.recipient.required} when nobody is addressed, or
     *     {@code billing.mail.delivery-failed} when the mail server refused it (then the key stays free for a retry)
     */
    public List<String> sendReminder(long invoiceId, ReminderMail reminder) {
        MailDraft draft = draft(DocumentType.INVOICE, invoiceId);
        if (draft.to().isEmpty()) {
            throw new RuleViolationException("billing.mail.recipient.required");
        }
        Invoice invoice = invoices.get(invoiceId);
        Locale locale = BillingFormat.locale(invoice.getClient().getLanguage());
        String number = String.valueOf(invoice.getNumber());
        Map<String, String> mailValues = values.of(invoice, draft.publicUrl(), locale);
        List<OutgoingMail.Attachment> attachments =
                new ArrayList<>(attachments(DocumentType.INVOICE, invoiceId, invoice));
        Long feeId = reminder.feeInvoiceId();
        if (feeId != null) {
            Invoice fee = invoices.get(feeId);
            values.addFee(mailValues, fee, links.invoiceUrl(invoices.publicToken(feeId)), locale);
            attachments.add(new OutgoingMail.Attachment(
                    fee.getNumber() + ".pdf",
                    "application/pdf",
                    pdfs.documentPdf(DocumentType.INVOICE, feeId, PdfLanguage.CLIENT)));
        }
        MailTemplateText text = templates.render(
                BillingMailKinds.reminder(reminder.templateStep()),
                invoice.getClient().getLanguage(),
                mailValues);
        String subject = text.subject();
        String key = reminder.idempotencyKey().strip();
        if (key.isEmpty() || key.length() > IDEMPOTENCY_KEY_MAX) {
            throw new IllegalArgumentException("An idempotency key of 1 to 64 characters is required");
        }
        if (!sendLog.claim(key, invoiceId, support.clock.instant())) {
            log.info("Invoice {}: reminder {} was sent before; nothing sent again", number, key);
            return List.of();
        }
        try {
            mailer.send(new OutgoingMail(
                    identity.from(),
                    identity.senderName(),
                    draft.to(),
                    draft.cc(),
                    draft.bcc(),
                    subject,
                    text.body(),
                    attachments));
        } catch (MailDeliveryException e) {
            log.warn("Reminder for invoice {} not sent: {}", number, e.getMessage());
            throw new RuleViolationException("billing.mail.delivery-failed");
        }
        List<String> sentTo = new ArrayList<>(draft.to());
        sentTo.addAll(draft.cc());
        sentTo.addAll(draft.bcc());
        return sentTo;
    }

    /**
     * E-mails a client's statement of a period: its PDF in the client's language, named after client and period, and,
     * if asked, the client's open invoices as sent; subject and body from the statement template (Settings → E-mail
     * templates, else {@code template.statement.*}) in the client's language. Changes nothing in billing.
     *
     * <p>Not idempotent by itself: statements belong to no billing document, so {@code mail_sends} cannot hold their
     * key. The caller sends inside a transaction that locks its own log row under a unique key and marks it sent (the
     * statement feature does), so that a second node waits and then finds it sent.
     *
     * @throws RuleViolationException {@code billing.mail.recipient.required} without a valid recipient,
     *     {@code billing.mail.recipients.too-many}, or {@code billing.mail.delivery-failed} when the mail server
     *     refused it
     * @throws io.clientele.client.ClientNotFoundException if the client is trashed or the caller may not see it
     */
    public void sendStatement(long clientId, StatementMail statement) {
        List<String> to = checked(statement.recipients());
        if (to.isEmpty()) {
            throw new RuleViolationException("billing.mail.recipient.required");
        }
        if (to.size() > MAX_RECIPIENTS) {
            throw new RuleViolationException("billing.mail.recipients.too-many", MAX_RECIPIENTS);
        }
        Client client = support.clients.get(clientId);
        Locale locale = BillingFormat.locale(client.getLanguage());
        MailTemplateText text = templates.render(
                BillingMailKinds.STATEMENT,
                client.getLanguage(),
                values.statement(client, statement.from(), statement.to(), locale, statement.includeSubsidiaries()));
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        attachments.add(new OutgoingMail.Attachment(
                DocumentPdfService.statementFileName(client.getName(), statement.from(), statement.to()),
                "application/pdf",
                pdfs.statementPdf(
                        clientId,
                        statement.from(),
                        statement.to(),
                        PdfLanguage.CLIENT,
                        statement.includeSubsidiaries())));
        if (statement.attachOpenInvoices()) {
            for (Invoice open : invoiceRows.findOpenOf(clientId, PageRequest.of(0, STATEMENT_INVOICES_MAX))) {
                attachments.addAll(attachments(DocumentType.INVOICE, open.getId(), open));
            }
        }
        try {
            mailer.send(new OutgoingMail(
                    identity.from(),
                    identity.senderName(),
                    to,
                    List.of(),
                    List.of(),
                    text.subject(),
                    text.body(),
                    attachments));
        } catch (MailDeliveryException e) {
            log.warn("Statement for client {} not sent: {}", clientId, e.getMessage());
            throw new RuleViolationException("billing.mail.delivery-failed");
        }
    }

    /**
     * What goes with the mail, by the format the client chose (frozen at issue): the PDF; for Factur-X the hybrid PDF
     * in its place; for XRechnung the XML next to the PDF, which stays as the human-readable copy.
     */
    private List<OutgoingMail.Attachment> attachments(DocumentType type, long documentId, BillingDocument document) {
        Optional<EInvoiceFile> einvoice = einvoices.chosen(document);
        if (einvoice.isPresent() && einvoice.get().contentType().equals(EInvoiceFile.PDF)) {
            EInvoiceFile hybrid = einvoice.get();
            return List.of(new OutgoingMail.Attachment(hybrid.fileName(), hybrid.contentType(), hybrid.content()));
        }
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        attachments.add(new OutgoingMail.Attachment(
                document.getNumber() + ".pdf",
                "application/pdf",
                pdfs.documentPdf(type, documentId, PdfLanguage.CLIENT)));
        einvoice.ifPresent(
                xml -> attachments.add(new OutgoingMail.Attachment(xml.fileName(), xml.contentType(), xml.content())));
        return attachments;
    }

    private BillingDocument load(DocumentType type, long documentId) {
        return switch (type) {
            case INVOICE -> invoices.get(documentId);
            case QUOTE -> quotes.get(documentId);
            case CREDIT_NOTE -> creditNotes.get(documentId);
        };
    }

    private static List<String> checked(List<String> addresses) {
        List<String> result = new ArrayList<>();
        for (String address : addresses) {
            if (address == null || address.isBlank()) {
                continue;
            }
            if (!MailAddresses.isValid(address)) {
                throw new RuleViolationException("billing.mail.address.invalid", address.strip());
            }
            result.add(address.strip());
        }
        return result;
    }

    /** To, Cc and Bcc with each address once (compared case-insensitively), in the first list it appears in. */
    private record Recipients(List<String> to, List<String> cc, List<String> bcc) {

        static Recipients of(List<String> to, List<String> cc, List<String> bcc) {
            Set<String> seen = new HashSet<>();
            return new Recipients(unseen(to, seen), unseen(cc, seen), unseen(bcc, seen));
        }

        private static List<String> unseen(List<String> addresses, Set<String> seen) {
            return addresses.stream()
                    .filter(a -> seen.add(MailAddresses.normalize(a)))
                    .toList();
        }

        int count() {
            return to.size() + cc.size() + bcc.size();
        }
    }
}
