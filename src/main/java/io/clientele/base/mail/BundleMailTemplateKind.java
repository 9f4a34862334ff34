package io.clientele.base.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind whose built-in texts are {@code key.subject} and {@code key.body} of a feature's mail bundle; what most
 * features declare, in one expression:
 *
 * <pre>{@code
 * @Bean
 * MailTemplateKind statementMail(...) {
 *     return new BundleMailTemplateKind("statement", 45, "mail.kind.statement",
 *             "billing-mail.messages", "template.statement", List.of(...placeholders...), locale -> sample(locale));
 * }
 * }</pre>
 *
 * @param bundle base name of the mail bundle ({@code "billing-mail.messages"})
 * @param key    prefix of the two keys in it ({@code "template.invoice"})
 * @param sample values from a real record the caller may see, for the preview
 */
public record BundleMailTemplateKind(
        String id,
        int order,
        String titleKey,
        String bundle,
        String key,
        List<Placeholder> placeholders,
        Function<Locale, Optional<Map<String, String>>> sample)
        implements MailTemplateKind {

    public BundleMailTemplateKind {
        placeholders = List.copyOf(placeholders);
    }

    /**
     * Placeholders as written in a template ({@code "{client.name}"}), whose descriptions are {@code mail.placeholder.}
     * + name in the UI bundle.
     */
    public static List<Placeholder> named(String... placeholders) {
        return java.util.Arrays.stream(placeholders)
                .map(p -> p.substring(1, p.length() - 1))
                .map(n -> new Placeholder(n, "mail.placeholder." + n))
                .toList();
    }

    @Override
    public MailTemplateText defaults(Locale locale) {
        return MailTemplateText.fromBundle(bundle, key, locale);
    }

    @Override
    public Optional<Map<String, String>> sample(Locale locale) {
        return sample.apply(locale);
    }
}
