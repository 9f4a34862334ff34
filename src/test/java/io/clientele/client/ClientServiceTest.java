package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.support.SpringTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;

class ClientServiceTest extends SpringTest {

    @Autowired
    ClientService clients;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_page_is_sorted_and_sliced_in_sql_and_pages_never_overlap() {
        testData.demoClients(60);
        actAs("STAFF");
        ClientFilter all = ClientFilter.live(null);

        List<ClientRow> first = clients.list(all, PageRequest.of(0, 25, Sort.by(ClientSort.NAME)));
        List<ClientRow> second = clients.list(all, PageRequest.of(1, 25, Sort.by(ClientSort.NAME)));
        List<ClientRow> third = clients.list(all, PageRequest.of(2, 25, Sort.by(ClientSort.NAME)));

        assertThat(clients.count(all)).isEqualTo(60);
        assertThat(first).hasSize(25);
        assertThat(third).hasSize(10);
        List<ClientRow> together = new ArrayList<>(first);
        together.addAll(second);
        together.addAll(third);
        assertThat(together).extracting(ClientRow::id).doesNotHaveDuplicates().hasSize(60);
        List<String> descending =
                clients.list(all, PageRequest.of(0, 60, Sort.by(ClientSort.NAME).descending())).stream()
                        .map(ClientRow::name)
                        .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(descending);
        assertThat(together).extracting(ClientRow::name).containsExactlyElementsOf(descending);
    }

    @Test
    void names_sort_alphabetically_regardless_of_case() {
        testData.company("charlie", "c@example.com");
        testData.company("Bravo", "b@example.com");
        testData.company("alpha", "a@example.com");
        actAs("STAFF");
        assertThat(names("")).containsExactly("alpha", "Bravo", "charlie");
    }

    @Test
    void every_sortable_column_sorts_both_ways() {
        testData.demoClients(40);
        actAs("MANAGER");
        for (String key : ClientSort.KEYS) {
            if (key.equals(ClientSort.TRASHED_AT) || key.equals(ClientSort.BALANCE)) {
                continue; // all null / all zero here: the Trash and the billing tests sort by these
            }
            List<ClientRow> asc = clients.list(ClientFilter.live(null), PageRequest.of(0, 40, Sort.by(key)));
            List<ClientRow> desc = clients.list(
                    ClientFilter.live(null), PageRequest.of(0, 40, Sort.by(key).descending()));
            assertThat(asc).as(key).hasSize(40);
            assertThat(desc).as(key).hasSize(40);
            assertThat(asc.getFirst().id()).as(key).isNotEqualTo(desc.getFirst().id());
        }
        List<ClientRow> byActive = clients.list(
                ClientFilter.live(null),
                PageRequest.of(0, 40, Sort.by(ClientSort.ACTIVE).descending()));
        assertThat(byActive.getFirst().active()).isTrue();
        assertThat(byActive.getLast().active()).isFalse();
        List<ClientRow> byType = clients.list(ClientFilter.live(null), PageRequest.of(0, 40, Sort.by(ClientSort.TYPE)));
        assertThat(byType.getFirst().type()).isEqualTo(ClientType.COMPANY);
        assertThat(byType.getLast().type()).isEqualTo(ClientType.INDIVIDUAL);
    }

    @Test
    void an_unknown_sort_key_is_refused_instead_of_reaching_sql() {
        actAs("STAFF");
        assertThatThrownBy(() -> clients.list(ClientFilter.live(null), PageRequest.of(0, 10, Sort.by("password"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void search_matches_words_of_name_and_email_and_phone_digits_case_insensitively() {
        testData.company("Zürich Präzision AG", "info@praezision.example");
        testData.individual("Łukasz Wiśniewski", "lukasz@example.org", "+48 (22) 123-45-67");
        testData.individual("Anna Becker", "anna@BECKER.example", "030 555 1234");
        actAs("STAFF");

        assertThat(names("zürich")).containsExactly("Zürich Präzision AG");
        assertThat(names("PRÄZISION")).containsExactly("Zürich Präzision AG");
        assertThat(names("becker.EXAMPLE")).containsExactly("Anna Becker");
        assertThat(names("łukasz")).containsExactly("Łukasz Wiśniewski");
        assertThat(names("22 123 45")).containsExactly("Łukasz Wiśniewski");
        assertThat(names("5551234")).containsExactly("Anna Becker");
        assertThat(names("nobody")).isEmpty();
        assertThat(clients.count(ClientFilter.live("example"))).isEqualTo(3);
    }

    @Test
    void like_wildcards_typed_by_the_user_are_taken_literally() {
        testData.company("100% Organic Ltd", "a@organic.example");
        testData.company("Plain Foods", "b@plain.example");
        actAs("STAFF");
        assertThat(names("100%")).containsExactly("100% Organic Ltd");
        // One character matches the start of the name only, taken literally: no name starts with "%" or "_".
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
        assertThat(names("1")).containsExactly("100% Organic Ltd");
    }

    @Test
    void trashed_clients_leave_the_list_and_its_searches_and_come_back_on_restore() {
        Client kept = testData.company("Kept GmbH", "kept@example.com");
        Client gone = testData.company("Gone GmbH", "gone@example.com");
        actAs("STAFF");

        List<Long> trashed = clients.trash(List.of(gone.getId()));

        assertThat(trashed).containsExactly(gone.getId());
        assertThat(names("GmbH")).containsExactly("Kept GmbH");
        assertThat(clients.list(ClientFilter.trash(null), PageRequest.of(0, 10)))
                .extracting(ClientRow::name)
                .containsExactly("Gone GmbH");
        assertThatThrownBy(() -> clients.get(gone.getId())).isInstanceOf(ClientNotFoundException.class);

        assertThat(clients.trash(List.of(gone.getId(), kept.getId())))
                .as("only live ones are reported")
                .containsExactly(kept.getId());
        assertThat(clients.restore(List.of(gone.getId()))).isEqualTo(1);
        assertThat(names("GmbH")).containsExactly("Gone GmbH");
    }

    @Test
    void only_an_admin_deletes_permanently_and_only_what_is_in_the_trash() {
        Client live = testData.company("Live Ltd", "live@example.com");
        Client trashed = testData.company("Trashed Ltd", "trashed@example.com");
        Client member = testData.individual("Member Person", "m@example.com", "123 456");
        actAs("STAFF");
        Client editable = clients.get(member.getId());
        editable.setCompany(trashed);
        clients.save(editable);
        clients.trash(List.of(trashed.getId()));

        assertThatThrownBy(() -> clients.deletePermanently(List.of(trashed.getId())))
                .isInstanceOf(AccessDeniedException.class);

        actAs("ADMIN");
        assertThat(clients.deletePermanently(List.of(trashed.getId(), live.getId())))
                .isEqualTo(1);
        assertThat(clients.count(ClientFilter.trash(null))).isZero();
        assertThat(names("Live")).containsExactly("Live Ltd");
        assertThat(clients.get(member.getId()).getCompany())
                .as("members stay, without the company")
                .isNull();
    }

    @Test
    void client_accounts_and_anonymous_callers_cannot_use_the_back_office_service() {
        assertThatThrownBy(() -> clients.count(ClientFilter.live(null)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        actAs("CLIENT");
        assertThatThrownBy(() -> clients.count(ClientFilter.live(null))).isInstanceOf(AccessDeniedException.class);
        actAs("MANAGER");
        assertThatThrownBy(() -> clients.save(new Client(ClientType.COMPANY, "Managers do not edit")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_page_never_exceeds_the_server_cap_whatever_is_asked() {
        testData.demoClients(PageCap.MAX_PAGE_SIZE + 20);
        actAs("STAFF");
        assertThat(clients.list(ClientFilter.live(null), PageRequest.of(0, 10_000)))
                .hasSize(PageCap.MAX_PAGE_SIZE);
    }

    @Test
    void a_stale_copy_is_refused_rather_than_overwriting_a_newer_save() {
        Client stored = testData.company("Versioned AG", "v@example.com");
        actAs("STAFF");
        Client mine = clients.get(stored.getId());
        Client theirs = clients.get(stored.getId());
        theirs.setPhone("+49 30 1111");
        clients.save(theirs);

        mine.setPhone("+49 30 2222");
        assertThatThrownBy(() -> clients.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(clients.get(stored.getId()).getPhone()).isEqualTo("+49 30 1111");
    }

    @Test
    void derived_columns_follow_the_address_and_phones() {
        Client c = new Client(ClientType.COMPANY, "Derived SA");
        c.getBillingAddress().setCity("Besançon");
        c.getBillingAddress().setCountry("FR");
        c.setPhone("+33 (3) 81-00");
        c.setMobile("06 12");
        Client saved = testData.save(c);
        assertThat(saved.getLocation()).isEqualTo("Besançon, FR");

        Client freeForm = new Client(ClientType.INDIVIDUAL, "Free Form");
        freeForm.getBillingAddress().setText("  Hafenstraße 5\n20459 Hamburg");
        // A free-form block's place is its town line without the postal code (see FreeFormPlace), not its first line.
        assertThat(testData.save(freeForm).getLocation()).isEqualTo("Hamburg");
        actAs("STAFF");
        assertThat(names("3381")).containsExactly("Derived SA");
    }

    @Test
    void an_individual_cannot_belong_to_another_individual() {
        Client person = testData.individual("Pat Person", "p@example.com", "123 456 789");
        Client other = new Client(ClientType.INDIVIDUAL, "Other Person");
        other.setCompany(person);
        assertThatThrownBy(() -> testData.save(other)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void the_pickers_offer_live_clients_of_their_type_that_the_list_search_finds() {
        testData.individual("Anna Becker", "anna@example.org", "030 555 1234");
        testData.individual("Ben Becker", "ben@example.org", "030 555 4321");
        testData.company("Becker Holding", "info@becker.example");
        Client trashed = testData.individual("Carl Becker", "carl@example.org", "030 555 0000");
        actAs("STAFF");
        clients.trash(List.of(trashed.getId()));

        assertThat(clients.individuals("becker", PageRequest.of(0, 10)))
                .extracting(Client::getName)
                .containsExactly("Anna Becker", "Ben Becker");
        assertThat(clients.individuals("", PageRequest.of(1, 1)))
                .extracting(Client::getName)
                .containsExactly("Ben Becker");
        // The list's word-prefix search (indexed at a million clients): e-mail and phone too, several words.
        assertThat(clients.individuals("ben@ex", PageRequest.of(0, 10)))
                .extracting(Client::getName)
                .containsExactly("Ben Becker");
        assertThat(clients.individuals("4321", PageRequest.of(0, 10)))
                .extracting(Client::getName)
                .containsExactly("Ben Becker");
        assertThat(clients.individuals("beck ann", PageRequest.of(0, 10)))
                .extracting(Client::getName)
                .containsExactly("Anna Becker");
        assertThat(clients.companies("hold", PageRequest.of(0, 10)))
                .extracting(Client::getName)
                .containsExactly("Becker Holding");
    }

    @Test
    void the_list_count_of_a_search_stops_at_its_limit() {
        for (String first : List.of("Anna", "Ben", "Carl", "Dora", "Emil")) {
            testData.individual(first + " Becker", first.toLowerCase() + "@example.org", null);
        }
        testData.company("Unrelated Ltd", "info@unrelated.example");
        actAs("STAFF");
        ClientFilter becker = ClientFilter.live("becker");

        assertThat(clients.countUpTo(becker, 10)).as("under the limit: exact").isEqualTo(5);
        assertThat(clients.countUpTo(becker, 5)).as("at the limit: exact").isEqualTo(5);
        assertThat(clients.countUpTo(becker, 3)).as("over it: limit + 1").isEqualTo(4);
        assertThat(clients.countUpTo(ClientFilter.live(null), 3))
                .as("no search: always exact")
                .isEqualTo(6);
    }

    @Test
    void locking_a_client_is_only_possible_inside_the_caller_s_transaction() {
        Client c = testData.company("Locked AG", "l@example.com");
        actAs("STAFF");
        assertThatThrownBy(() -> clients.lockForUpdate(c.getId())).isInstanceOf(IllegalTransactionStateException.class);
        actAs("MANAGER");
        assertThatThrownBy(() -> clients.lockForUpdate(c.getId())).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> names(String search) {
        return clients.list(ClientFilter.live(search), PageRequest.of(0, 50, Sort.by(ClientSort.NAME))).stream()
                .map(ClientRow::name)
                .toList();
    }
}
