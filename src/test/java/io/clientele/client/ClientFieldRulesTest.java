package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Mandatory client fields: set by administrators, enforced by ClientService on every save. */
class ClientFieldRulesTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientFieldRules rules;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_administrator_makes_fields_mandatory_and_everyone_reads_them() {
        actAs(TestData.ADMIN, "ADMIN");
        List<ClientFieldRule> all = rules.all();
        assertThat(all).extracting(ClientFieldRule::getField).containsExactly(ClientField.values());
        all.stream()
                .filter(r -> r.getField() == ClientField.LEAD_SOURCE || r.getField() == ClientField.DESIGNATION)
                .forEach(r -> r.setMandatory(true));
        rules.save(all);

        actAs(TestData.STAFF, "STAFF");
        assertThat(rules.mandatory()).containsExactlyInAnyOrder(ClientField.LEAD_SOURCE, ClientField.DESIGNATION);
        assertThatThrownBy(() -> rules.save(all)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stale_copy_of_the_rules_is_refused() {
        actAs(TestData.ADMIN, "ADMIN");
        rules.save(rules.all());
        List<ClientFieldRule> first = rules.all();
        List<ClientFieldRule> second = rules.all();
        first.getFirst().setMandatory(true);
        rules.save(first);
        second.getFirst().setMandatory(false);
        assertThatThrownBy(() -> rules.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(rules.mandatory()).containsExactly(first.getFirst().getField());
    }

    @Test
    void saving_a_client_without_a_mandatory_field_is_refused_naming_the_field() {
        testData.mandatoryClientFields(ClientField.INQUIRY_DATE, ClientField.COMMUNICATION_ID);
        actAs(TestData.STAFF, "STAFF");
        Client client = clients.newClient(ClientType.COMPANY);
        client.setName("Needs Dates Ltd");
        client.setInquiryDate(LocalDate.of(2026, 11, 1));

        assertThatThrownBy(() -> clients.save(client))
                .isInstanceOfSatisfying(MandatoryFieldMissingException.class, e -> {
                    assertThat(e.getField()).isEqualTo(ClientField.COMMUNICATION_ID);
                    assertThat(e.getMessageKey()).isEqualTo("client.required.communication-id");
                });
        client.setCommunicationId("   ");
        assertThatThrownBy(() -> clients.save(client)).isInstanceOf(MandatoryFieldMissingException.class);

        client.setCommunicationId("teams:needs.dates");
        Client saved = clients.save(client);
        assertThat(clients.get(saved.getId()).getCommunicationId()).isEqualTo("teams:needs.dates");
    }
}
