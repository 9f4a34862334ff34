package io.clientele.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class LeadSourceServiceTest extends SpringTest {

    @Autowired
    LeadSourceService sources;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_defaults_are_seeded_and_administrators_add_rename_and_delete() {
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(sources.all())
                .extracting(LeadSource::getName)
                .containsExactly("Cold call", "Other", "Referral", "Trade show", "Website");
        LeadSource partner = sources.save(new LeadSource("  Partner  "));
        assertThat(partner.getName()).isEqualTo("Partner");
        partner.setName("Partner network");
        sources.save(partner);
        assertThat(sources.all())
                .extracting(LeadSource::getName)
                .contains("Partner network")
                .doesNotContain("Partner");
        sources.delete(partner);
        assertThat(sources.all()).hasSize(5);
    }

    @Test
    void names_are_unique_regardless_of_case() {
        actAs(TestData.ADMIN, "ADMIN");
        assertThatThrownBy(() -> sources.save(new LeadSource("website")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("settings.lead-source.name.taken"));
    }

    @Test
    void a_source_in_use_is_not_deleted_and_only_administrators_change_the_list() {
        LeadSource referral = testData.leadSource("Referral");
        Client client = testData.company("Referred GmbH", "ref@example.com");
        client.setLeadSourceId(referral.getId());
        testData.save(client);
        actAs(TestData.ADMIN, "ADMIN");
        assertThatThrownBy(() -> sources.delete(referral)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("settings.lead-source.in-use");
            assertThat(e.getArguments()).containsExactly("Referral", 1L);
        });
        actAs(TestData.STAFF, "STAFF");
        assertThat(sources.all()).hasSize(5);
        assertThatThrownBy(() -> sources.save(new LeadSource("Fair"))).isInstanceOf(AccessDeniedException.class);
    }
}
