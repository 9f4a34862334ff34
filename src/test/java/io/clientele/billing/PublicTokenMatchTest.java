package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.support.SpringTest;
import io.clientele.support.TestDocuments;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 23, item 8: a public invoice link matches byte for byte. The token column's collation ignores case
 * (utf8mb4_unicode_ci on MySQL/MariaDB, IGNORECASE on H2), so links are looked up by the token's SHA-256 in a binary
 * column. Runs on both databases (.ci/run).
 */
class PublicTokenMatchTest extends SpringTest {

    @Autowired
    TestDocuments documents;

    @Autowired
    InvoiceService invoices;

    @Test
    void a_token_altered_only_in_case_is_not_found_and_the_real_one_is() {
        Invoice invoice = documents.sentInvoice(testData.company("Case Co", "case@test.example"), "Work|1|100|0");
        String token = documents.publicToken(invoice);
        String upper = token.toUpperCase(Locale.ROOT);
        String lower = token.toLowerCase(Locale.ROOT);
        String swapped = token.chars()
                .map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();

        for (String altered : new String[] {upper, lower, swapped}) {
            if (!altered.equals(token)) {
                assertThat(SystemAuthentication.call(() -> invoices.openPublic(altered)))
                        .as(altered)
                        .isEmpty();
            }
        }
        assertThat(SystemAuthentication.call(() -> invoices.openPublic(token))).isPresent();
    }

    @Test
    void a_regenerated_link_replaces_the_hash_and_a_revoked_one_finds_nothing() {
        Invoice invoice = documents.sentInvoice(testData.company("Regen Co", "regen@test.example"), "Work|1|100|0");
        String first = documents.publicToken(invoice);
        String second = SystemAuthentication.call(() -> invoices.regeneratePublicToken(invoice.getId()));
        assertThat(SystemAuthentication.call(() -> invoices.openPublic(first))).isEmpty();
        assertThat(SystemAuthentication.call(() -> invoices.openPublic(second))).isPresent();
        SystemAuthentication.run(() -> invoices.revokePublicToken(invoice.getId()));
        assertThat(SystemAuthentication.call(() -> invoices.openPublic(second))).isEmpty();
    }
}
