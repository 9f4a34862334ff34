package io.clientele.crm.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientService;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.crm.Opportunity;
import io.clientele.crm.OpportunityService;
import io.clientele.crm.OpportunityStage;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pipeline as a user works it: list, create, and mark Won with its choices. */
class OpportunityListViewTest extends KaribuTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private OpportunityListView open() {
        login(TestData.STAFF);
        return navigate("opportunities", OpportunityListView.class);
    }

    private long clientCount() {
        return jdbc.queryForObject("select count(*) from clients", Long.class);
    }

    private Opportunity reload(Opportunity o) {
        return SystemAuthentication.call(() -> opportunities.get(o.getId()));
    }

    private static Button rowButton(OpportunityListView view, String id) {
        for (int row = 0; row < _size(view.grid); row++) {
            var match = cell(view.grid, row, "actions", HorizontalLayout.class)
                    .getChildren()
                    .filter(c -> c.getId().orElse("").equals(id))
                    .findFirst();
            if (match.isPresent()) {
                return (Button) match.get();
            }
        }
        throw new AssertionError("no button " + id);
    }

    private static boolean hasRowButton(OpportunityListView view, String id) {
        try {
            rowButton(view, id);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    @Test
    void a_new_opportunity_is_created_through_the_form_and_listed() {
        OpportunityListView view = open();
        assertThat(_size(view.grid)).isZero();
        _click(view.newOpportunity);
        OpportunityEditor editor = _get(OpportunityEditor.class);
        assertThat(editor.form.owner.getValue().displayName()).isEqualTo("Sam Staff");
        _click(editor.save);
        assertThat(editor.form.companyName.isInvalid()).isTrue();
        assertThat(editor.form.companyName.getErrorMessage()).isEqualTo("Enter the company name.");

        userSets(editor.form.companyName, "Pipeline Partners");
        userSets(editor.form.firstName, "Paula");
        userSets(editor.form.lastName, "Pipe");
        userSets(editor.form.email, "paula@pipeline.example");
        userSets(editor.form.leadSource, testData.leadSource("Trade show"));
        userSets(editor.form.stage, OpportunityStage.QUALIFIED);
        userSets(editor.form.expectedValue, new BigDecimal("5000"));
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(1);
        var row = GridKt._get(view.grid, 0);
        assertThat(row.companyName()).isEqualTo("Pipeline Partners");
        assertThat(row.contactName()).isEqualTo("Paula Pipe");
        assertThat(row.leadSource()).isEqualTo("Trade show");
        assertThat(row.stage()).isEqualTo(OpportunityStage.QUALIFIED);
        assertThat(clientCount()).isZero();
    }

    @Test
    void marking_won_creates_the_client_and_offers_a_link_to_it_once() {
        Opportunity o = testData.opportunity("Won Corp", "Wanda", "Won", "wanda@won.example", TestData.STAFF);
        OpportunityListView view = open();

        _click(rowButton(view, "opportunity-win-" + o.getId()));

        assertThat(clientCount()).isEqualTo(1);
        Opportunity won = reload(o);
        assertThat(won.getStage()).isEqualTo(OpportunityStage.WON);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Opportunity won: client “Won Corp” created."));
        assertThat(hasRowButton(view, "opportunity-win-" + o.getId())).isFalse();
        _click(_get(Button.class, spec -> spec.withId("notification-action")));
        assertThat(_get(ClientOverviewView.class)).isNotNull();
    }

    @Test
    void saving_the_form_with_stage_won_converts_and_keeps_the_other_changes() {
        Opportunity o = testData.opportunity("Form Win GmbH", "Fritz", "Form", "fritz@formwin.example", TestData.STAFF);
        OpportunityListView view = open();
        _click(rowButton(view, "opportunity-edit-" + o.getId()));
        OpportunityEditor editor = _get(OpportunityEditor.class);
        userSets(editor.form.expectedValue, new BigDecimal("777.00"));
        userSets(editor.form.stage, OpportunityStage.WON);
        _click(editor.save);

        Opportunity won = reload(o);
        assertThat(won.getStage()).isEqualTo(OpportunityStage.WON);
        assertThat(won.getExpectedValue()).isEqualByComparingTo("777.00");
        Client client = SystemAuthentication.call(() -> clients.get(won.getClientId()));
        assertThat(client.getName()).isEqualTo("Form Win GmbH");
    }

    @Test
    void with_a_same_email_client_the_user_links_to_it_instead_of_creating_one() {
        Client existing = testData.company("Linked Ltd", "lisa@linked.example");
        Opportunity o = testData.opportunity("Linked Limited", "Lisa", "Link", "LISA@linked.example", TestData.STAFF);
        OpportunityListView view = open();

        _click(rowButton(view, "opportunity-win-" + o.getId()));
        Dialog choice = _get(Dialog.class, spec -> spec.withId("conversion-duplicate-dialog"));
        _click(_get(choice, Button.class, spec -> spec.withId("conversion-link-" + existing.getId())));

        assertThat(clientCount()).isEqualTo(1);
        assertThat(reload(o).getClientId()).isEqualTo(existing.getId());
        assertThat(notificationTexts()).anyMatch(t -> t.contains("linked to client “Linked Ltd”"));
    }

    @Test
    void with_a_same_email_client_the_user_may_still_create_a_new_one() {
        Client existing = testData.company("Twin Ltd", "tina@twin.example");
        Opportunity o = testData.opportunity("Twin Two Ltd", "Tina", "Twin", "tina@twin.example", TestData.STAFF);
        OpportunityListView view = open();

        _click(rowButton(view, "opportunity-win-" + o.getId()));
        Dialog choice = _get(Dialog.class, spec -> spec.withId("conversion-duplicate-dialog"));
        _click(_get(choice, Button.class, spec -> spec.withId("conversion-create-new")));

        assertThat(clientCount()).isEqualTo(2);
        assertThat(reload(o).getClientId()).isNotEqualTo(existing.getId()).isNotNull();
    }

    @Test
    void conversion_asks_for_a_missing_mandatory_field_and_refuses_it_empty() {
        testData.mandatoryClientFields(ClientField.DESIGNATION);
        Opportunity o = testData.opportunity("Missing Bits AG", "Mia", "Bits", "mia@bits.example", TestData.STAFF);
        OpportunityListView view = open();

        _click(rowButton(view, "opportunity-win-" + o.getId()));
        Dialog missing = _get(Dialog.class, spec -> spec.withId("conversion-missing-dialog"));
        TextField designation = _get(missing, TextField.class, spec -> spec.withId("conversion-designation"));
        assertThat(designation.isRequiredIndicatorVisible()).isTrue();
        _click(_get(missing, Button.class, spec -> spec.withId("conversion-continue")));
        assertThat(designation.isInvalid()).isTrue();
        assertThat(designation.getErrorMessage()).isEqualTo("Enter the designation.");
        assertThat(clientCount()).isZero();

        userSets(designation, "CFO");
        _click(_get(missing, Button.class, spec -> spec.withId("conversion-continue")));
        assertThat(clientCount()).isEqualTo(1);
        Client client = SystemAuthentication.call(() -> clients.get(reload(o).getClientId()));
        assertThat(client.getDesignation()).isEqualTo("CFO");
        _assertNone(Dialog.class, spec -> spec.withId("conversion-missing-dialog"));
    }

    @Test
    void managers_see_the_pipeline_but_cannot_change_it() {
        Opportunity o = testData.opportunity("Read Only SA", "Rob", "Read", "rob@read.example", TestData.STAFF);
        login(TestData.MANAGER);
        OpportunityListView view = navigate("opportunities", OpportunityListView.class);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(view.newOpportunity.isVisible()).isFalse();
        assertThat(hasRowButton(view, "opportunity-win-" + o.getId())).isFalse();
    }

    @Test
    void marking_won_from_a_form_opened_before_the_conversion_creates_no_second_client() {
        Opportunity o = testData.opportunity("Double Win Ltd", "Dora", "Double", "dora@double.example", TestData.STAFF);
        OpportunityListView view = open();
        _click(rowButton(view, "opportunity-edit-" + o.getId()));
        OpportunityEditor stale = _get(OpportunityEditor.class);
        SystemAuthentication.run(() -> opportunities.convert(
                o.getId(), opportunities.draftConversion(o.getId()).client(), null, false));

        userSets(stale.form.stage, OpportunityStage.WON);
        _click(stale.save);

        assertThat(clientCount()).isEqualTo(1);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("won and linked to its client"));
        assertThat(reload(o).getStage()).isEqualTo(OpportunityStage.WON);
    }

    @Test
    void disjoint_edits_of_an_opportunity_in_two_sessions_both_survive() {
        Opportunity o = testData.opportunity("Merge GmbH", "Mia", "Merge", "mia@merge.example", TestData.STAFF);
        OpportunityListView view = open();
        _click(rowButton(view, "opportunity-edit-" + o.getId()));
        OpportunityEditor editor = _get(OpportunityEditor.class);
        inOtherSession(() -> {
            Opportunity theirs = opportunities.get(o.getId());
            theirs.setPhone("+49 30 5555");
            opportunities.save(theirs);
        });

        userSets(editor.form.expectedValue, new BigDecimal("1200.00"));
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(editor.conflict).isNull();
        Opportunity stored = reload(o);
        assertThat(stored.getPhone()).isEqualTo("+49 30 5555");
        assertThat(stored.getExpectedValue()).isEqualByComparingTo("1200.00");
    }

    @Test
    void converting_an_opportunity_named_like_an_existing_client_asks_before_creating_it() {
        Client existing = testData.company("Namesake GmbH", "first@namesake.example");
        Opportunity o = testData.opportunity("NAMESAKE Ltd", "Nora", "Name", "nora@other.example", TestData.STAFF);
        OpportunityListView view = open();

        _click(rowButton(view, "opportunity-win-" + o.getId()));

        assertThat(clientCount()).isEqualTo(1);
        Dialog choice = _get(Dialog.class, spec -> spec.withId("conversion-duplicate-dialog"));
        assertThat(_get(choice, Anchor.class, spec -> spec.withId("conversion-open-" + existing.getId()))
                        .getHref())
                .isEqualTo("clients/" + existing.getId());
        _click(_get(choice, Button.class, spec -> spec.withId("conversion-create-new")));
        assertThat(clientCount()).isEqualTo(2);
    }
}
