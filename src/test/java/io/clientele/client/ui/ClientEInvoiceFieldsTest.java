package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.EInvoiceFormat;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The client form's e-invoicing fields: format, buyer reference (Leitweg-ID), electronic address, subdivision. */
class ClientEInvoiceFieldsTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private ClientListView view;

    @BeforeEach
    void openList() {
        login(TestData.STAFF);
        view = navigate("clients", ClientListView.class);
    }

    private ClientEditor openNew() {
        _click(view.newClient);
        ClientEditor editor = _get(ClientEditor.class);
        userSets(editor.form.type, ClientType.COMPANY);
        userSets(editor.form.name, "Bundesamt für Beispiele");
        return editor;
    }

    private List<ClientRow> stored() {
        return SystemAuthentication.call(() -> clients.list(ClientFilter.live(null), PageRequest.of(0, 50)));
    }

    @Test
    void a_new_client_receives_pdf_only_unless_chosen_otherwise() {
        ClientEditor editor = openNew();
        assertThat(editor.form.einvoiceFormat.getValue()).isEqualTo(EInvoiceFormat.PDF);
    }

    @Test
    void an_xrechnung_client_without_buyer_reference_is_refused_on_the_field_naming_the_rule() {
        ClientEditor editor = openNew();
        userSets(editor.form.einvoiceFormat, EInvoiceFormat.XRECHNUNG);

        _click(editor.save);

        assertThat(editor.form.buyerReference.isInvalid()).isTrue();
        assertThat(editor.form.buyerReference.getErrorMessage())
                .isEqualTo("XRechnung requires a buyer reference (Leitweg-ID), rule BR-DE-15.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(stored()).isEmpty();
    }

    @Test
    void an_xrechnung_client_is_saved_with_its_electronic_address_and_leitweg_id() {
        ClientEditor editor = openNew();
        userSets(editor.form.einvoiceFormat, EInvoiceFormat.XRECHNUNG);
        userSets(editor.form.buyerReference, "991-01234-56");
        userSets(editor.form.endpointId, "991-01234-56");
        userSets(editor.form.endpointScheme, "0204");
        userSets(editor.form.countrySubdivision, "Berlin");

        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        long id = stored().getFirst().id();
        Client saved = SystemAuthentication.call(() -> clients.get(id));
        assertThat(saved.getEinvoiceFormat()).isEqualTo(EInvoiceFormat.XRECHNUNG);
        assertThat(saved.getBuyerReference()).isEqualTo("991-01234-56");
        assertThat(saved.getEndpointId()).isEqualTo("991-01234-56");
        assertThat(saved.getEndpointScheme()).isEqualTo("0204");
        assertThat(saved.getCountrySubdivision()).isEqualTo("Berlin");
    }

    @Test
    void an_endpoint_scheme_that_is_no_eas_code_is_marked_on_the_field() {
        ClientEditor editor = openNew();
        userSets(editor.form.endpointScheme, "peppol");

        _click(editor.save);

        assertThat(editor.form.endpointScheme.isInvalid()).isTrue();
        assertThat(editor.form.endpointScheme.getErrorMessage())
                .isEqualTo("Enter a scheme code of 2 to 4 letters or digits, e.g. EM or 0088.");
        assertThat(stored()).isEmpty();
    }
}
