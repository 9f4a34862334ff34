package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Likely duplicates: same e-mail, tax ID or name key, in SQL, ignoring case, within what the caller may see. */
class ClientDuplicatesTest extends SpringTest {

    @Autowired
    ClientService clients;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void name_keys_ignore_case_accents_punctuation_and_trailing_legal_forms() {
        assertThat(ClientNames.key("ACME Ltd.")).isEqualTo("acme");
        assertThat(ClientNames.key("Acme, Inc")).isEqualTo("acme");
        assertThat(ClientNames.key("Müller & Söhne GmbH & Co. KG")).isEqualTo("mullersohne");
        assertThat(ClientNames.key("Müller  Söhne")).isEqualTo("mullersohne");
        assertThat(ClientNames.key("Constructora S.A.")).isEqualTo("constructora");
        assertThat(ClientNames.key("AG Consulting")).isEqualTo("agconsulting");
        assertThat(ClientNames.key("Ltd")).isEqualTo("ltd");
        assertThat(ClientNames.key("  ")).isEmpty();
        assertThat(ClientNames.key("Acme Logistics")).isNotEqualTo(ClientNames.key("Acme"));
    }

    @Test
    void email_tax_id_and_name_matches_are_found_case_insensitively_with_the_reason() {
        Client acme = testData.company("Acme Ltd", "info@acme.example");
        Client taxed = testData.company("Beta Trading", "hello@beta.example");
        taxed.setTaxId("DE123456789");
        taxed.setAlternateEmail("billing@beta.example");
        testData.save(taxed);
        testData.company("Unrelated", "x@unrelated.example");
        actAs(TestData.STAFF, "STAFF");

        assertThat(clients.findLikelyDuplicates("INFO@Acme.example", null, "Something else"))
                .containsExactly(new LikelyDuplicate(acme.getId(), "Acme Ltd", LikelyDuplicate.Match.EMAIL));
        assertThat(clients.findLikelyDuplicates("Billing@beta.example", null, null))
                .extracting(LikelyDuplicate::id)
                .containsExactly(taxed.getId());
        assertThat(clients.findLikelyDuplicates(null, "de123456789", null))
                .containsExactly(new LikelyDuplicate(taxed.getId(), "Beta Trading", LikelyDuplicate.Match.TAX_ID));
        assertThat(clients.findLikelyDuplicates("", " ", "ACME, Inc."))
                .containsExactly(new LikelyDuplicate(acme.getId(), "Acme Ltd", LikelyDuplicate.Match.NAME));
        assertThat(clients.findLikelyDuplicates("new@nowhere.example", "FR999", "Gamma"))
                .isEmpty();
        assertThat(clients.findLikelyDuplicates(null, null, null)).isEmpty();
    }

    @Test
    void trashed_clients_and_clients_the_caller_may_not_see_are_not_offered() {
        Client foreign = testData.company("Foreign GmbH", "foreign@example.com");
        Client trashed = testData.company("Trashed SA", "trashed@example.com");
        actAs(TestData.ADMIN, "ADMIN");
        clients.trash(List.of(trashed.getId()));
        assertThat(clients.findLikelyDuplicates("foreign@example.com", null, null))
                .hasSize(1);
        assertThat(clients.findLikelyDuplicates("trashed@example.com", null, "Trashed"))
                .isEmpty();

        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");
        assertThat(foreign.getOwnerId()).isNull();
        assertThat(clients.findLikelyDuplicates("foreign@example.com", null, "Foreign"))
                .isEmpty();
    }
}
