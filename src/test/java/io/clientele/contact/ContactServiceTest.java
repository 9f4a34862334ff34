package io.clientele.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class ContactServiceTest extends SpringTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Client acme() {
        return testData.company("Acme GmbH", "info@acme.example");
    }

    /** Live primaries of the client as the database sees them, by both the flag and the guard column. */
    private List<Long> primaries(Client client) {
        List<Long> byFlag = jdbc.queryForList(
                "select id from contacts where client_id = ? and is_primary = true and trashed_at is null",
                Long.class,
                client.getId());
        List<Long> byGuard =
                jdbc.queryForList("select id from contacts where primary_client_id = ?", Long.class, client.getId());
        assertThat(byGuard).as("guard column agrees with the flag").containsExactlyInAnyOrderElementsOf(byFlag);
        return byFlag;
    }

    private static RuleViolationException ruleViolation(Throwable t) {
        assertThat(t).isInstanceOf(RuleViolationException.class);
        return (RuleViolationException) t;
    }

    @Test
    void the_first_contact_becomes_primary_even_when_not_asked() {
        Client acme = acme();
        Contact first = testData.contact(acme, "Anna", "Becker", c -> c.setPrimary(false));
        Contact second = testData.contact(acme, "Ben", "Cole");

        assertThat(first.isPrimary()).isTrue();
        assertThat(second.isPrimary()).isFalse();
        assertThat(primaries(acme)).containsExactly(first.getId());
    }

    @Test
    void a_new_contact_form_proposes_primary_and_to_only_for_the_first_contact() {
        Client acme = acme();
        actAs("STAFF");
        Contact proposal = contacts.newContact(acme.getId());
        assertThat(proposal.isPrimary()).isTrue();
        assertThat(proposal.getDefaultRole()).isEqualTo(RecipientRole.TO);

        testData.contact(acme, "Anna", "Becker");
        Contact next = contacts.newContact(acme.getId());
        assertThat(next.isPrimary()).isFalse();
        assertThat(next.getDefaultRole()).isEqualTo(RecipientRole.NONE);
    }

    @Test
    void saving_another_contact_as_primary_demotes_the_previous_one() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");

        Contact edited = contacts.get(ben.getId());
        edited.setPrimary(true);
        contacts.save(edited);

        assertThat(primaries(acme)).containsExactly(ben.getId());
        assertThat(contacts.get(anna.getId()).isPrimary()).isFalse();
        assertThat(contacts.get(anna.getId()).getVersion())
                .as("the demotion is a change")
                .isGreaterThan(anna.getVersion());
        assertThat(contacts.summary(acme.getId()).primaryId()).isEqualTo(ben.getId());
    }

    @Test
    void a_new_contact_saved_as_primary_takes_over() {
        Client acme = acme();
        testData.contact(acme, "Anna", "Becker");
        Contact carl = testData.contact(acme, "Carl", "Diaz", c -> c.setPrimary(true));
        assertThat(primaries(acme)).containsExactly(carl.getId());
    }

    @Test
    void make_primary_moves_the_primary_and_is_harmless_when_repeated() {
        Client acme = acme();
        testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");

        contacts.makePrimary(ben.getId());
        contacts.makePrimary(ben.getId());

        assertThat(primaries(acme)).containsExactly(ben.getId());
    }

    @Test
    void the_primary_cannot_be_unticked_while_the_client_has_other_contacts() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");

        Contact edited = contacts.get(anna.getId());
        edited.setPrimary(false);

        assertThatThrownBy(() -> contacts.save(edited))
                .satisfies(e ->
                        assertThat(ruleViolation(e).getMessageKey()).isEqualTo("contact.primary.required-once-any"));
        assertThat(primaries(acme)).containsExactly(anna.getId());
    }

    @Test
    void the_only_contact_stays_primary_when_unticked() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        actAs("STAFF");
        Contact edited = contacts.get(anna.getId());
        edited.setPrimary(false);
        edited.setTitle("CEO");

        assertThat(contacts.save(edited).isPrimary()).isTrue();
        assertThat(primaries(acme)).containsExactly(anna.getId());
    }

    @Test
    void trashing_the_primary_promotes_nobody_and_says_a_new_one_is_needed() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");

        TrashResult result = contacts.trash(anna.getId());

        assertThat(result.needsNewPrimary()).isTrue();
        assertThat(result.liveLeft()).isEqualTo(1);
        assertThat(primaries(acme)).isEmpty();
        assertThat(contacts.summary(acme.getId()).needsPrimary()).isTrue();
        assertThatThrownBy(() -> contacts.get(anna.getId())).isInstanceOf(ContactNotFoundException.class);

        contacts.makePrimary(ben.getId());
        assertThat(contacts.summary(acme.getId()).needsPrimary()).isFalse();
    }

    @Test
    void trashing_a_contact_that_is_not_primary_or_the_last_one_needs_no_new_primary() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");

        assertThat(contacts.trash(ben.getId()).needsNewPrimary()).isFalse();
        TrashResult last = contacts.trash(anna.getId());
        assertThat(last.wasPrimary()).isTrue();
        assertThat(last.needsNewPrimary()).as("no live contact left to pick").isFalse();
        assertThat(contacts.summary(acme.getId())).isEqualTo(new ContactSummary(0, 2, null));
    }

    @Test
    void undoing_the_trash_of_the_primary_gives_it_back_its_place_if_nobody_took_it() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");

        contacts.trash(anna.getId());
        Contact restored = contacts.restore(anna.getId());

        assertThat(restored.isLivePrimary()).isTrue();
        assertThat(primaries(acme)).containsExactly(anna.getId());
    }

    @Test
    void restoring_never_makes_a_second_primary() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");
        contacts.trash(anna.getId());
        contacts.makePrimary(ben.getId());

        Contact restored = contacts.restore(anna.getId());

        assertThat(restored.isPrimary()).isFalse();
        assertThat(primaries(acme)).containsExactly(ben.getId());
    }

    @Test
    void a_contact_restored_to_a_client_without_live_contacts_becomes_primary() {
        Client acme = acme();
        testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");
        contacts.trash(ben.getId());
        contacts.trash(contacts.summary(acme.getId()).primaryId());

        contacts.restore(ben.getId());

        assertThat(primaries(acme)).containsExactly(ben.getId());
    }

    @Test
    void restoring_a_live_contact_or_an_unknown_one_is_refused() {
        Contact anna = testData.contact(acme(), "Anna", "Becker");
        actAs("STAFF");
        assertThatThrownBy(() -> contacts.restore(anna.getId())).isInstanceOf(ContactNotFoundException.class);
        assertThatThrownBy(() -> contacts.trash(999_999)).isInstanceOf(ContactNotFoundException.class);
    }

    @Test
    void the_name_is_joined_from_first_and_last_name_when_left_blank() {
        Contact contact = testData.contact(acme(), "  Anna  Maria ", " Becker ");
        assertThat(contact.getName()).isEqualTo("Anna Maria Becker");
        assertThat(contact.hasAutomaticName()).isTrue();
        assertThat(testData.contact(acme(), "", "Becker").getName()).isEqualTo("Becker");
        assertThat(Contact.joinName(null, "  ")).isEmpty();
    }

    @Test
    void a_name_typed_by_the_user_is_kept_when_first_or_last_name_change() {
        Contact contact = testData.contact(acme(), "Robert", "Smith", c -> c.setName("Bob Smith"));
        assertThat(contact.getName()).isEqualTo("Bob Smith");
        assertThat(contact.hasAutomaticName()).isFalse();
        actAs("STAFF");

        Contact edited = contacts.get(contact.getId());
        edited.setLastName("Smith-Jones");
        Contact saved = contacts.save(edited);

        assertThat(saved.getName()).isEqualTo("Bob Smith");
    }

    @Test
    void a_contact_without_any_name_is_refused() {
        Client acme = acme();
        assertThatThrownBy(() -> testData.contact(acme, " ", ""))
                .satisfies(e -> assertThat(ruleViolation(e).getMessageKey()).isEqualTo("contact.save.name-missing"));
    }

    @Test
    void the_database_refuses_a_second_primary_even_when_the_service_is_bypassed() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");

        assertThatThrownBy(() -> jdbc.update(
                        "update contacts set is_primary = true, primary_client_id = ? where id = ?",
                        acme.getId(),
                        ben.getId()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(ContactService.PRIMARY_GUARD));
        Timestamp now = Timestamp.from(Instant.now());
        assertThatThrownBy(() -> jdbc.update("""
                insert into contacts (version, client_id, name, is_primary, opt_in, default_role, primary_client_id,
                  created_at, updated_at) values (0, ?, 'Intruder', true, false, 'TO', ?, ?, ?)""", acme.getId(), acme.getId(), now, now))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(primaries(acme)).containsExactly(anna.getId());
    }

    @Test
    void the_database_allows_any_number_of_contacts_that_are_not_the_live_primary() {
        Client acme = acme();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < 3; i++) {
            jdbc.update("""
                    insert into contacts (version, client_id, name, is_primary, opt_in, default_role,
                      primary_client_id, trashed_at, created_at, updated_at)
                    values (0, ?, ?, true, false, 'NONE', null, ?, ?, ?)""", acme.getId(), "Trashed ex-primary " + i, now, now, now);
        }
        testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        assertThat(jdbc.queryForObject("select count(*) from contacts", Long.class))
                .isEqualTo(5);
    }

    @RepeatedTest(8)
    void two_concurrent_saves_making_different_contacts_primary_leave_exactly_one() throws Exception {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        Contact carl = testData.contact(acme, "Carl", "Diaz");
        List<Contact> copies =
                SystemAuthentication.call(() -> List.of(contacts.get(ben.getId()), contacts.get(carl.getId())));
        copies.forEach(c -> c.setPrimary(true));

        List<Outcome> outcomes = runTogether(copies.stream()
                .<Callable<Contact>>map(c -> () -> contacts.save(c))
                .toList());

        List<Long> winners = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.failure() == null) {
                winners.add(copies.get(i).getId());
            } else {
                assertThat(ruleViolation(outcome.failure()).getMessageKey()).isEqualTo("contact.primary.conflict");
            }
        }
        assertThat(winners).as("at least one save goes through").isNotEmpty();
        List<Long> primaries = primaries(acme);
        assertThat(primaries).hasSize(1);
        assertThat(primaries.getFirst()).isIn(winners).isNotEqualTo(anna.getId());
    }

    @RepeatedTest(5)
    void two_concurrent_first_contacts_of_a_client_leave_exactly_one_primary() throws Exception {
        Client acme = acme();
        List<Contact> drafts = List.of(new Contact(acme), new Contact(acme));
        drafts.get(0).setName("First Writer");
        drafts.get(1).setName("Second Writer");

        List<Outcome> outcomes = runTogether(drafts.stream()
                .<Callable<Contact>>map(c -> () -> contacts.save(c))
                .toList());

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        assertThat(primaries(acme)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from contacts", Long.class))
                .isEqualTo(2);
    }

    @Test
    void a_stale_copy_is_refused_rather_than_undoing_a_newer_change() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        actAs("STAFF");
        Contact mine = contacts.get(anna.getId());
        contacts.makePrimary(ben.getId()); // someone else demotes Anna meanwhile

        mine.setTitle("CEO");

        assertThatThrownBy(() -> contacts.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(primaries(acme)).containsExactly(ben.getId());
        assertThat(contacts.get(anna.getId()).getTitle()).isNull();
    }

    @Test
    void an_individual_can_be_linked_to_a_company_contact_and_deleting_it_for_good_unlinks_it() {
        Client acme = acme();
        Client kathe = testData.individual("Käthe Schäfer", "kaethe@example.org", "+49 221 1234");
        Contact contact = testData.contact(acme, "Käthe", "Schäfer", c -> c.setIndividual(kathe));
        actAs("STAFF");
        assertThat(contacts.get(contact.getId()).getIndividual()).isEqualTo(kathe);

        clients.trash(List.of(kathe.getId()));
        Contact edited = contacts.get(contact.getId());
        edited.setTitle("Buyer");
        contacts.save(edited);
        actAs("ADMIN");
        clients.deletePermanently(List.of(kathe.getId()));

        Contact after = contacts.get(contact.getId());
        assertThat(after.getIndividual()).isNull();
        assertThat(after.getTitle()).isEqualTo("Buyer");
    }

    @Test
    void only_a_live_individual_can_be_linked_and_only_to_a_company_contact() {
        Client acme = acme();
        Client other = testData.company("Other Ltd", "o@example.com");
        Client person = testData.individual("Pat Person", "p@example.com", "123 456");

        assertThatThrownBy(() -> testData.contact(acme, "Wrong", "Link", c -> c.setIndividual(other)))
                .satisfies(e -> assertThat(ruleViolation(e).getMessageKey()).isEqualTo("contact.individual.invalid"));
        assertThatThrownBy(() -> testData.contact(person, "Self", "Link", c -> c.setIndividual(person)))
                .satisfies(e -> assertThat(ruleViolation(e).getMessageKey()).isEqualTo("contact.individual.invalid"));
        SystemAuthentication.run(() -> clients.trash(List.of(person.getId())));
        assertThatThrownBy(() -> testData.contact(acme, "Trashed", "Link", c -> c.setIndividual(person)))
                .satisfies(e -> assertThat(ruleViolation(e).getMessageKey()).isEqualTo("contact.individual.invalid"));
    }

    @Test
    void deleting_a_client_for_good_deletes_its_contacts() {
        Client acme = acme();
        Client kept = testData.company("Kept Ltd", "k@example.com");
        testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        Contact stays = testData.contact(kept, "Kim", "Lee");
        actAs("ADMIN");
        clients.trash(List.of(acme.getId()));

        assertThat(clients.deletePermanently(List.of(acme.getId()))).isEqualTo(1);

        assertThat(jdbc.queryForList("select id from contacts", Long.class)).containsExactly(stays.getId());
    }

    @Test
    void contacts_of_a_trashed_client_cannot_be_added_or_changed() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        actAs("STAFF");
        Contact edited = contacts.get(anna.getId());
        clients.trash(List.of(acme.getId()));

        assertThatThrownBy(() -> contacts.save(edited)).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> testData.contact(acme, "Ben", "Cole")).isInstanceOf(ClientNotFoundException.class);
    }

    @Test
    void the_list_shows_live_contacts_primary_first_and_trashed_ones_only_when_asked() {
        Client acme = acme();
        testData.contact(acme, "Zoe", "Young");
        Contact anna = testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Cole");
        testData.contact(testData.company("Elsewhere", "e@example.com"), "Other", "Person");
        actAs("MANAGER");
        SystemAuthentication.run(() -> contacts.trash(anna.getId()));

        List<ContactRow> live = contacts.page(acme.getId(), false, PageRequest.of(0, 50));
        List<ContactRow> all = contacts.page(acme.getId(), true, PageRequest.of(0, 50));

        assertThat(live).extracting(ContactRow::name).containsExactly("Zoe Young", "Ben Cole");
        assertThat(live).extracting(ContactRow::primary).containsExactly(true, false);
        assertThat(all).extracting(ContactRow::name).containsExactly("Zoe Young", "Ben Cole", "Anna Becker");
        assertThat(all.getLast().trashed()).isTrue();
        assertThat(contacts.count(acme.getId(), false)).isEqualTo(2);
        assertThat(contacts.count(acme.getId(), true)).isEqualTo(3);
    }

    @Test
    void a_page_never_exceeds_the_server_cap_whatever_is_asked() {
        Client acme = acme();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PageCap.MAX_PAGE_SIZE + 10; i++) {
            rows.add(new Object[] {acme.getId(), "Bulk " + i, now, now});
        }
        jdbc.batchUpdate("""
                insert into contacts (version, client_id, name, is_primary, opt_in, default_role, created_at,
                  updated_at) values (0, ?, ?, false, false, 'NONE', ?, ?)""", rows);
        actAs("STAFF");
        assertThat(contacts.page(acme.getId(), false, PageRequest.of(0, 10_000)))
                .hasSize(PageCap.MAX_PAGE_SIZE);
    }

    @Test
    void managers_read_contacts_but_only_staff_and_admins_change_them() {
        Client acme = acme();
        Contact anna = testData.contact(acme, "Anna", "Becker");
        assertThatThrownBy(() -> contacts.summary(acme.getId()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        actAs("CLIENT");
        assertThatThrownBy(() -> contacts.summary(acme.getId())).isInstanceOf(AccessDeniedException.class);
        actAs("MANAGER");
        assertThat(contacts.get(anna.getId()).getName()).isEqualTo("Anna Becker");
        assertThatThrownBy(() -> contacts.trash(anna.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.newContact(acme.getId())).isInstanceOf(AccessDeniedException.class);
        Contact edited = contacts.get(anna.getId());
        assertThatThrownBy(() -> contacts.save(edited)).isInstanceOf(AccessDeniedException.class);
    }

    private record Outcome(@Nullable Throwable failure) {}

    /** Runs the tasks at the same moment, each in its own thread as staff, and reports how each ended. */
    private static List<Outcome> runTogether(List<Callable<Contact>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    "staff", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        task.call();
                        return new Outcome(null);
                    } catch (RuntimeException e) {
                        return new Outcome(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
