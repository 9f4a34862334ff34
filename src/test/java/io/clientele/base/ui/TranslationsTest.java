package io.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.billing.BillingFilter;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.QuoteStatus;
import io.clientele.client.ClientType;
import io.clientele.dunning.FeeKind;
import io.clientele.dunning.ReminderStatus;
import io.clientele.project.TimeGrouping;
import io.clientele.statement.StatementFrequency;
import io.clientele.statement.StatementStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code asks for exists, in every language the app ships. */
class TranslationsTest {

    /** Any string literal that starts with a feature's key prefix: catches keys passed on as values too. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:app|action|form|layout|nav|login|pagination"
            + "|client|contact|settings|billing|invoice|quote|payment|project|portal|account|report|crm|dunning|statement|customfield|tag)"
            + "\\.[a-z0-9.\\-]+)\"");

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("bundle translations" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void every_key_used_in_code_is_in_the_default_bundle() throws IOException {
        Set<String> used = keysUsedInCode();
        // Keys built from an enum constant ("client.type." + type.name()) need every constant.
        Set<String> prefixes = used.stream().filter(k -> k.endsWith(".")).collect(Collectors.toSet());
        used.removeAll(prefixes);
        assertThat(prefixes)
                .containsExactlyInAnyOrder(
                        "client.type.",
                        "billing.method.",
                        "billing.quote.decided.",
                        "billing.status.invoice.",
                        "billing.status.quote.",
                        "billing.client-trash.",
                        "dunning.fee.kind.",
                        "dunning.status.",
                        "project.invoice.grouping.",
                        "statement.frequency.",
                        "statement.status.",
                        // Custom fields (issue 22).
                        "customfield.type.",
                        "customfield.invalid.",
                        "tag.colour.");
        for (var colour : io.clientele.client.TagColour.values()) {
            used.add("tag.colour." + colour.name());
        }
        for (var kind : FeeKind.values()) {
            used.add("dunning.fee.kind." + kind.name());
        }
        for (var status : ReminderStatus.values()) {
            used.add("dunning.status." + status.name());
        }
        for (var type : ClientType.values()) {
            used.add("client.type." + type.name());
        }
        for (var method : PaymentMethod.values()) {
            used.add("billing.method." + method.name());
        }
        for (var status : InvoiceStatus.values()) {
            used.add("billing.status.invoice." + status.name());
        }
        for (var status : QuoteStatus.values()) {
            used.add("billing.status.quote." + status.name());
        }
        for (var trash : BillingFilter.ClientTrash.values()) {
            used.add("billing.client-trash." + trash.name());
        }
        for (var grouping : TimeGrouping.values()) {
            used.add("project.invoice.grouping." + grouping.name());
        }
        for (var frequency : StatementFrequency.values()) {
            used.add("statement.frequency." + frequency.name());
        }
        for (var status : StatementStatus.values()) {
            used.add("statement.status." + status.name());
        }
        // Custom fields (issue 22).
        for (var type : io.clientele.client.CustomFieldType.values()) {
            used.add("customfield.type." + type.name());
            used.add("customfield.invalid." + type.name());
        }
        used.add("billing.quote.decided.APPROVED");
        used.add("billing.quote.decided.REJECTED");
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_language_has_every_key_of_the_default_bundle() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : AppLanguages.CODES) {
            if (language.equals("en")) {
                continue;
            }
            assertThat(bundle("_" + language).stringPropertyNames())
                    .as(language)
                    .containsAll(english);
        }
    }

    /**
     * Vaadin formats a translation with MessageFormat only when arguments are passed, so a doubled '' shows up
     * literally in argument-less texts while a single ' breaks formatted ones: bundles use the typographic ’.
     */
    @Test
    void no_bundle_contains_an_ascii_apostrophe() throws IOException {
        for (String language : AppLanguages.CODES) {
            Properties bundle = bundle(language.equals("en") ? "" : "_" + language);
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(language + ":" + key).doesNotContain("'");
            }
        }
    }
}
