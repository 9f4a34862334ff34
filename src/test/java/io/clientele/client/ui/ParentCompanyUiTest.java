package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22 in the client views: the "Parent company" picker, its refusal, "Part of" and the Subsidiaries tab. */
class ParentCompanyUiTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    TestDocuments documents;

    private Client stored(Client c) {
        return SystemAuthentication.call(() -> clients.get(c.getId()));
    }

    private void link(Client child, Client parent) {
        SystemAuthentication.run(() -> {
            Client c = clients.get(child.getId());
            c.setParent(clients.get(parent.getId()));
            clients.save(c);
        });
    }

    private ClientEditor editorOf(Client c) {
        navigate("clients/" + c.getId(), ClientOverviewView.class);
        _click(_get(Button.class, spec -> spec.withId("overview-edit")));
        return _get(ClientEditor.class);
    }

    @Test
    void picking_a_parent_company_in_the_form_saves_it_and_the_overview_says_part_of_with_a_link() {
        Client holding = testData.company("Holding Picker AG", "h@picker.example");
        Client sub = testData.company("Sub Picker GmbH", "s@picker.example");
        login(TestData.STAFF);

        ClientEditor editor = editorOf(sub);
        userSets(editor.form.parent, stored(holding));
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        Div partOf = _get(Div.class, spec -> spec.withId("overview-parent"));
        assertThat(partOf.getElement().getTextRecursively()).contains(t("parent.overview.part-of"));
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("overview-parent-link"));
        assertThat(link.getText()).isEqualTo("Holding Picker AG");
        assertThat(link.getHref()).isEqualTo("clients/" + holding.getId());
    }

    @Test
    void a_parent_that_became_a_subsidiary_meanwhile_is_refused_on_the_field_and_the_input_stays() {
        Client a = testData.company("Alpha Cycle AG", "a@cycle.example");
        Client b = testData.company("Beta Cycle GmbH", "b@cycle.example");
        login(TestData.STAFF);
        ClientEditor editor = editorOf(a);
        Client offered = stored(b);
        // Someone else makes Beta a subsidiary of Alpha while this form is open.
        inOtherSession(() -> link(b, a));

        userSets(editor.form.notes, "Kept note");
        userSets(editor.form.parent, offered);
        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.parent.isInvalid()).isTrue();
        assertThat(editor.form.parent.getErrorMessage()).isEqualTo(t("client.parent.cycle"));
        assertThat(notificationTexts()).contains(t("client.parent.cycle"));
        assertThat(editor.form.notes.getValue()).isEqualTo("Kept note");
        assertThat(stored(a).getParent()).isNull();
    }

    @Test
    void an_individual_is_offered_no_parent_company() {
        Client person = testData.individual("Ina Individual", "ina@example.com", null);
        login(TestData.STAFF);
        ClientEditor editor = editorOf(person);
        assertThat(editor.form.parent.isVisible()).isFalse();
    }

    @Test
    void the_parents_overview_lists_its_subsidiaries_with_their_balances_and_links() {
        Client holding = testData.company("Group Holding SE", "g@subs.example");
        Client first = testData.company("Alpha Sub Ltd", "a@subs.example");
        Client second = testData.company("Beta Sub Ltd", "b@subs.example");
        link(first, holding);
        link(second, holding);
        documents.sentInvoice(first, "Work|2|60|0");
        login(TestData.STAFF);

        navigate("clients/" + holding.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-subsidiaries");
        var grid = _get(SubsidiariesTab.class).grid;

        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("Alpha Sub Ltd");
        assertThat(cell(grid, 1, "name", RouterLink.class).getHref()).isEqualTo("clients/" + second.getId());
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(LocalizedFormat.money(
                        new BigDecimal("120"),
                        "EUR",
                        com.vaadin.flow.component.UI.getCurrent().getLocale()));

        // A company without subsidiaries has no such tab.
        navigate("clients/" + first.getId(), ClientOverviewView.class);
        assertThat(_find(SubsidiariesTab.class)).isEmpty();
        assertThat(_get(RouterLink.class, spec -> spec.withId("overview-parent-link"))
                        .getText())
                .isEqualTo("Group Holding SE");
    }

    @Test
    void deleting_a_parent_for_good_says_its_subsidiaries_stay_without_one() {
        Client holding = testData.company("Doomed Holding AG", "d@delete.example");
        Client sub = testData.company("Surviving Sub GmbH", "s@delete.example");
        link(sub, holding);
        testData.trash(holding);
        login(TestData.ADMIN);
        ClientTrashView view = navigate("clients/trash", ClientTrashView.class);
        view.grid.asMultiSelect().select(GridKt._get(view.grid, 0));
        _click(view.delete);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains(t("parent.delete.subsidiaries-stay", 1));

        confirm(dialog);

        assertThat(stored(sub).getParent()).isNull();
        assertThat(stored(sub).getName()).isEqualTo("Surviving Sub GmbH");
    }
}
