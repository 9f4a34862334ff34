package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.clientele.client.Client;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Client Center shows a client its custom fields marked visible to clients (issue 22), and only those. */
class PortalCustomFieldsTest extends KaribuTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Test
    void a_client_user_reads_the_visible_fields_of_their_own_client_only() {
        CustomField tier = fieldFixture.field(
                CustomFieldOwner.CLIENT,
                CustomFieldType.SINGLE_CHOICE,
                "Service tier",
                f -> f.setVisibleToClients(true),
                "Gold",
                "Silver");
        CustomField partner = fieldFixture.field(
                CustomFieldOwner.CLIENT, CustomFieldType.YES_NO, "Partner", f -> f.setVisibleToClients(true));
        CustomField margin = fieldFixture.clientField(CustomFieldType.DECIMAL, "Internal margin");
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        Client other = testData.company("Other Ltd", "other@example.com");
        fieldFixture.withValues(
                acme,
                Map.of(tier.getId(), "Gold", partner.getId(), true, margin.getId(), new java.math.BigDecimal("0.42")));
        fieldFixture.withValues(other, Map.of(tier.getId(), "Silver"));
        testData.linkClientUser(TestData.CLIENT_USER, acme);
        login(TestData.CLIENT_USER);

        UI.getCurrent().navigate("portal");

        Div shown = _get(Div.class, s -> s.withId("portal-custom-fields"));
        String text = shown.getElement().getTextRecursively();
        assertThat(text).contains("Service tier", "Gold", "Partner", "Yes");
        assertThat(text).doesNotContain("Internal margin", "0.42", "Silver");
    }
}
