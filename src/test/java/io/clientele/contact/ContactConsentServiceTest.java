package io.clientele.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The opt-in's proof for contacts that come in through an import. */
class ContactConsentServiceTest extends SpringTest {

    @Autowired
    ContactService contacts;

    @Test
    void imported_contacts_that_opted_in_record_the_import_as_source_and_the_others_no_consent() {
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        Contact yes = new Contact(acme);
        yes.setName("Yes Person");
        yes.setOptIn(true);
        Contact no = new Contact(acme);
        no.setName("No Person");
        actAs(TestData.STAFF, "STAFF");

        List<Contact> saved = contacts.addAll(Map.of(acme.getId(), List.of(yes, no)));

        assertThat(saved.get(0).getOptInSource()).isEqualTo(ConsentSource.IMPORT);
        assertThat(saved.get(0).getOptInAt()).isNotNull();
        assertThat(saved.get(0).getOptInBy()).isEqualTo("Sam Staff");
        assertThat(saved.get(1).getOptInAt()).isNull();
        assertThat(saved.get(1).getOptInSource()).isNull();
    }
}
