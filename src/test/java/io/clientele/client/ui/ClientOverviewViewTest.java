package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientOverviewViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @BeforeEach
    void loginAsStaff() {
        login(TestData.STAFF);
    }

    @Test
    void the_overview_shows_the_client_with_its_company_and_addresses() {
        Client company = testData.company("Müller Maschinenbau GmbH", "info@mueller.example");
        Client person = new Client(ClientType.INDIVIDUAL, "Käthe Schäfer");
        person.setEmail("kaethe@example.org");
        person.setCompany(company);
        person.getBillingAddress().setStreet("Lindenallee 4");
        person.getBillingAddress().setCity("Köln");
        person.getBillingAddress().setPostalCode("50667");
        person.getBillingAddress().setCountry("DE");
        Client saved = testData.save(person);

        navigate("clients/" + saved.getId(), ClientOverviewView.class);

        assertThat(_get(H2.class, spec -> spec.withId("overview-name")).getText())
                .isEqualTo("Käthe Schäfer");
        String page = _get(ClientOverviewView.class).getElement().getTextRecursively();
        assertThat(page)
                .contains("Müller Maschinenbau GmbH", "kaethe@example.org", "Lindenallee 4", "50667 Köln", "Germany");
    }

    @Test
    void an_unknown_or_malformed_id_shows_client_not_found() {
        for (String id : new String[] {"999999", "abc"}) {
            navigate("clients/" + id, ClientOverviewView.class);
            assertThat(_get(H2.class, spec -> spec.withId("client-not-found")).getText())
                    .isEqualTo("Client not found");
        }
    }

    @Test
    void a_trashed_client_is_not_found_either() {
        Client c = testData.company("Trashed Overview Ltd", "t@example.com");
        SystemAuthentication.run(() -> clients.trash(List.of(c.getId())));
        navigate("clients/" + c.getId(), ClientOverviewView.class);
        _get(H2.class, spec -> spec.withId("client-not-found"));
    }

    @Test
    void editing_from_the_overview_updates_what_it_shows() {
        Client c = testData.company("Before Rename SA", "b@example.com");
        navigate("clients/" + c.getId(), ClientOverviewView.class);
        _click(_get(Button.class, spec -> spec.withId("overview-edit")));
        ClientEditor editor = _get(ClientEditor.class);
        userSets(editor.form.name, "After Rename SA");
        _click(editor.save);
        assertThat(_get(H2.class, spec -> spec.withId("overview-name")).getText())
                .isEqualTo("After Rename SA");
    }

    @Test
    void trashing_from_the_overview_returns_to_the_list() {
        Client c = testData.company("Trash Me Ltd", "tm@example.com");
        navigate("clients/" + c.getId(), ClientOverviewView.class);
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("overview-options")), "option-trash");
        confirm(_get(ConfirmDialog.class));
        _get(ClientListView.class);
        assertThat(SystemAuthentication.call(() -> clients.count(ClientFilter.trash(null))))
                .isEqualTo(1);
    }
}
