package io.clientele.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientService;
import io.clientele.client.DuplicateClientException;
import io.clientele.client.LikelyDuplicate;
import io.clientele.client.MandatoryFieldMissingException;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The pipeline through the service: visibility, the Won rule, and conversion into a client. */
class OpportunityServiceTest extends SpringTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private long clientCount() {
        return jdbc.queryForObject("select count(*) from clients", Long.class);
    }

    @Test
    void winning_creates_the_client_pre_filled_with_its_primary_contact_and_links_the_two() {
        Opportunity o =
                testData.opportunity("Northwind Traders", "Nina", "North", "nina@northwind.example", TestData.STAFF);
        actAs(TestData.STAFF, "STAFF");

        ConversionDraft draft = opportunities.draftConversion(o.getId());
        assertThat(draft.missing()).isEmpty();
        ConversionResult result = opportunities.convert(o.getId(), draft.client(), null, false);

        assertThat(result.created()).isTrue();
        assertThat(result.clientName()).isEqualTo("Northwind Traders");
        Client client = clients.get(result.clientId());
        assertThat(client.getEmail()).isEqualTo("nina@northwind.example");
        assertThat(client.getPhone()).isEqualTo("+49 30 1234567");
        assertThat(client.getOwnerId()).isEqualTo(testData.accountId(TestData.STAFF));
        assertThat(client.getLeadSourceId())
                .isEqualTo(testData.leadSource("Referral").getId());
        assertThat(client.getInquiryDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(client.getFinalizedDate()).isNotNull();
        List<ContactRow> people = contacts.page(result.clientId(), false, PageRequest.of(0, 10));
        assertThat(people).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Nina North");
            assertThat(c.primary()).isTrue();
        });
        Opportunity won = opportunities.get(o.getId());
        assertThat(won.getStage()).isEqualTo(OpportunityStage.WON);
        assertThat(won.getClientId()).isEqualTo(result.clientId());
        assertThat(won.getWonOn()).isEqualTo(client.getFinalizedDate());
    }

    @Test
    void winning_twice_never_creates_a_second_client() {
        Opportunity o = testData.opportunity("Twice Ltd", "Tom", "Twice", "tom@twice.example", TestData.STAFF);
        actAs(TestData.STAFF, "STAFF");
        ConversionResult first = opportunities.convert(
                o.getId(), opportunities.draftConversion(o.getId()).client(), null, false);
        ConversionResult second = opportunities.convert(
                o.getId(), opportunities.draftConversion(o.getId()).client(), null, false);

        assertThat(second.clientId()).isEqualTo(first.clientId());
        assertThat(second.created()).isFalse();
        assertThat(clientCount()).isEqualTo(1);
    }

    @Test
    void two_concurrent_conversions_create_one_client() throws Exception {
        Opportunity o =
                testData.opportunity("Race Conditions GmbH", "Rita", "Race", "rita@race.example", TestData.STAFF);
        Client draftA = SystemAuthentication.call(
                () -> opportunities.draftConversion(o.getId()).client());
        Client draftB = SystemAuthentication.call(
                () -> opportunities.draftConversion(o.getId()).client());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ConversionResult>> results = List.of(draftA, draftB).stream()
                    .map(draft -> pool.submit(() -> {
                        start.await();
                        return SystemAuthentication.call(() -> opportunities.convert(o.getId(), draft, null, false));
                    }))
                    .toList();
            start.countDown();
            ConversionResult a = results.get(0).get(30, TimeUnit.SECONDS);
            ConversionResult b = results.get(1).get(30, TimeUnit.SECONDS);
            assertThat(a.clientId()).isEqualTo(b.clientId());
            assertThat(List.of(a.created(), b.created())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(clientCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from contacts", Long.class))
                .isEqualTo(1);
    }

    @Test
    void an_existing_client_with_the_same_email_is_offered_and_the_user_links_or_creates() {
        Client existing = testData.company("Northwind", "NINA@northwind.example");
        Opportunity linked =
                testData.opportunity("Northwind Traders", "Nina", "North", "nina@northwind.example", TestData.STAFF);
        Opportunity created = testData.opportunity(
                "Northwind Traders (Berlin)", "Nils", "North", "nina@northwind.example", TestData.STAFF);
        actAs(TestData.ADMIN, "ADMIN");

        Client draft = opportunities.draftConversion(linked.getId()).client();
        assertThat(opportunities.likelyDuplicates(draft))
                .containsExactly(new LikelyDuplicate(existing.getId(), "Northwind", LikelyDuplicate.Match.EMAIL));
        ConversionResult link = opportunities.convert(linked.getId(), draft, existing.getId(), false);
        assertThat(link).isEqualTo(new ConversionResult(existing.getId(), "Northwind", false));
        assertThat(clientCount()).isEqualTo(1);
        assertThat(opportunities.get(linked.getId()).getClientId()).isEqualTo(existing.getId());

        ConversionResult createdAnyway = opportunities.convert(
                created.getId(), opportunities.draftConversion(created.getId()).client(), null, true);
        assertThat(createdAnyway.created()).isTrue();
        assertThat(createdAnyway.clientId()).isNotEqualTo(existing.getId());
        assertThat(clientCount()).isEqualTo(2);
    }

    @Test
    void converting_into_a_new_client_that_matches_an_existing_one_is_refused_on_the_server_unless_created_anyway() {
        Client existing = testData.company("Fabrikam", "orders@fabrikam.example");
        Opportunity o =
                testData.opportunity("Fabrikam Europe", "Fay", "Fab", "orders@fabrikam.example", TestData.STAFF);
        actAs(TestData.ADMIN, "ADMIN");
        Client draft = opportunities.draftConversion(o.getId()).client();

        // A caller that skipped the dialog (or met a match created meanwhile) is refused, and nothing changes.
        assertThatThrownBy(() -> opportunities.convert(o.getId(), draft, null, false))
                .isInstanceOfSatisfying(
                        DuplicateClientException.class,
                        e -> assertThat(e.matches())
                                .extracting(LikelyDuplicate::id)
                                .containsExactly(existing.getId()));
        assertThat(clientCount()).isEqualTo(1);
        assertThat(opportunities.get(o.getId()).getStage()).isNotEqualTo(OpportunityStage.WON);
        assertThat(opportunities.get(o.getId()).getClientId()).isNull();

        ConversionResult anyway = opportunities.convert(
                o.getId(), opportunities.draftConversion(o.getId()).client(), null, true);
        assertThat(anyway.created()).isTrue();
        assertThat(clientCount()).isEqualTo(2);
    }

    @Test
    void a_tax_id_typed_for_a_mandatory_field_also_finds_the_existing_client() {
        Client existing = testData.company("Old Name AG", "old@example.com");
        existing.setTaxId("CHE-123.456.789");
        testData.save(existing);
        Opportunity o = testData.opportunity("New Name AG", "Ned", "New", "new@example.com", TestData.STAFF);
        testData.mandatoryClientFields(ClientField.TAX_ID);
        actAs(TestData.STAFF, "STAFF");

        ConversionDraft draft = opportunities.draftConversion(o.getId());
        assertThat(draft.missing()).containsExactly(ClientField.TAX_ID);
        assertThatThrownBy(() -> opportunities.convert(o.getId(), draft.client(), null, false))
                .isInstanceOfSatisfying(
                        MandatoryFieldMissingException.class,
                        e -> assertThat(e.getField()).isEqualTo(ClientField.TAX_ID));
        assertThat(opportunities.get(o.getId()).getStage()).isEqualTo(OpportunityStage.NEW);

        draft.client().setTaxId("che-123.456.789");
        assertThat(opportunities.likelyDuplicates(draft.client()))
                .extracting(LikelyDuplicate::id)
                .containsExactly(existing.getId());
    }

    @Test
    void won_is_reached_only_by_converting_and_stays() {
        Opportunity o = testData.opportunity("Stage Rules BV", "Sara", "Stage", "sara@stage.example", TestData.STAFF);
        actAs(TestData.STAFF, "STAFF");
        Opportunity edited = opportunities.get(o.getId());
        edited.setStage(OpportunityStage.WON);
        assertThatThrownBy(() -> opportunities.save(edited))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("crm.won.convert-first"));

        opportunities.convert(
                o.getId(), opportunities.draftConversion(o.getId()).client(), null, false);
        Opportunity won = opportunities.get(o.getId());
        won.setStage(OpportunityStage.LOST);
        assertThatThrownBy(() -> opportunities.save(won))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("crm.won.final"));
        Opportunity renamed = opportunities.get(o.getId());
        renamed.setExpectedValue(new BigDecimal("99.50"));
        assertThat(opportunities.save(renamed).getClientId()).isEqualTo(won.getClientId());
    }

    @Test
    void restricted_staff_see_only_their_own_opportunities() {
        testData.opportunity("Mine Ltd", "M", "Ine", "m@mine.example", TestData.STAFF);
        Opportunity theirs = testData.opportunity("Theirs Ltd", "T", "Heirs", "t@theirs.example", TestData.ADMIN);
        testData.restrictStaff();

        actAs(TestData.STAFF, "STAFF");
        assertThat(opportunities.list(OpportunityFilter.ALL, PageRequest.of(0, 10)))
                .extracting(OpportunityRow::companyName)
                .containsExactly("Mine Ltd");
        assertThat(opportunities.count(OpportunityFilter.ALL)).isEqualTo(1);
        assertThatThrownBy(() -> opportunities.get(theirs.getId())).isInstanceOf(OpportunityNotFoundException.class);

        actAs(TestData.MANAGER, "MANAGER");
        assertThat(opportunities.list(
                        new OpportunityFilter("ltd", OpportunityStage.NEW),
                        PageRequest.of(0, 10, Sort.by(OpportunityService.SORT_COMPANY))))
                .extracting(OpportunityRow::companyName, OpportunityRow::ownerName)
                .containsExactly(Tuple.tuple("Mine Ltd", "Sam Staff"), Tuple.tuple("Theirs Ltd", "Ada Admin"));
        assertThatThrownBy(() -> opportunities.save(opportunities.get(theirs.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
