package io.clientele.billing;

import io.clientele.base.mail.BundleMailTemplateKind;
import io.clientele.base.mail.MailTemplateKind;
import io.clientele.base.mail.MailTemplateKind.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mails billing sends whose texts the business may change (Settings → E-mail templates): invoice, quote,
 * credit note, the three payment reminder steps, a recurring profile's invoice and the scheduled statement. Their built-in texts are the
 * {@code template.*} keys of {@code billing-mail/messages*.properties}.
 */
@Configuration(proxyBeanMethods = false)
class BillingMailKinds {

    static final String INVOICE = "invoice";
    static final String QUOTE = "quote";
    static final String CREDIT_NOTE = "credit-note";
    static final String RECURRING = "recurring";
    static final String STATEMENT = "statement";

    static final List<Placeholder> INVOICE_PLACEHOLDERS = BundleMailTemplateKind.named(
            "{client.name}",
            "{company.name}",
            "{invoice.number}",
            "{invoice.total}",
            "{invoice.balance}",
            "{invoice.due-date}",
            "{public.link}");

    static final List<Placeholder> REMINDER_PLACEHOLDERS =
            concat(INVOICE_PLACEHOLDERS, BundleMailTemplateKind.named("{fee.amount}", "{fee.number}", "{fee.link}"));

    /** The kind of a payment reminder step (1 to 3). */
    static String reminder(int step) {
        return "reminder-" + step;
    }

    @Bean
    MailTemplateKind invoiceMail(MailValues values) {
        return kind(INVOICE, 30, "template.invoice", INVOICE_PLACEHOLDERS, values, DocumentType.INVOICE);
    }

    @Bean
    MailTemplateKind quoteMail(MailValues values) {
        List<Placeholder> placeholders = BundleMailTemplateKind.named(
                "{client.name}", "{company.name}", "{quote.number}", "{quote.total}", "{quote.valid-until}");
        return kind(QUOTE, 31, "template.quote", placeholders, values, DocumentType.QUOTE);
    }

    @Bean
    MailTemplateKind creditNoteMail(MailValues values) {
        List<Placeholder> placeholders = BundleMailTemplateKind.named(
                "{client.name}", "{company.name}", "{credit-note.number}", "{credit-note.total}");
        return kind(CREDIT_NOTE, 32, "template.credit-note", placeholders, values, DocumentType.CREDIT_NOTE);
    }

    @Bean
    MailTemplateKind reminderStep1Mail(MailValues values) {
        return kind(reminder(1), 41, "template.reminder-1", REMINDER_PLACEHOLDERS, values, DocumentType.INVOICE);
    }

    @Bean
    MailTemplateKind reminderStep2Mail(MailValues values) {
        return kind(reminder(2), 42, "template.reminder-2", REMINDER_PLACEHOLDERS, values, DocumentType.INVOICE);
    }

    @Bean
    MailTemplateKind reminderStep3Mail(MailValues values) {
        return kind(reminder(3), 43, "template.reminder-3", REMINDER_PLACEHOLDERS, values, DocumentType.INVOICE);
    }

    @Bean
    MailTemplateKind recurringInvoiceMail(MailValues values) {
        return kind(RECURRING, 50, "template.recurring", INVOICE_PLACEHOLDERS, values, DocumentType.INVOICE);
    }

    @Bean
    MailTemplateKind statementMail(MailValues values) {
        return new BundleMailTemplateKind(
                STATEMENT,
                45,
                "mail.kind." + STATEMENT,
                DocumentMailService.MAIL_BUNDLE,
                "template.statement",
                BundleMailTemplateKind.named(
                        "{client.name}", "{company.name}", "{statement.period}", "{statement.balance}"),
                locale -> Optional.ofNullable(values.statementSample(locale)));
    }

    private static MailTemplateKind kind(
            String id, int order, String key, List<Placeholder> placeholders, MailValues values, DocumentType type) {
        return new BundleMailTemplateKind(
                id,
                order,
                "mail.kind." + id,
                DocumentMailService.MAIL_BUNDLE,
                key,
                placeholders,
                locale -> Optional.ofNullable(values.sample(type, locale)));
    }

    private static List<Placeholder> concat(List<Placeholder> a, List<Placeholder> b) {
        List<Placeholder> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
