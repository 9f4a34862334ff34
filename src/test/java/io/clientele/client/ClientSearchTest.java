package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.imports.ClientImportService;
import io.clientele.imports.CsvParser;
import io.clientele.imports.CsvTable;
import io.clientele.imports.ImportField;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The list's word-prefix search over client_search_terms, through the service the list calls. */
class ClientSearchTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> names(String search) {
        return clients.list(ClientFilter.live(search), PageRequest.of(0, 50, Sort.by(ClientSort.NAME))).stream()
                .map(ClientRow::name)
                .toList();
    }

    @Test
    void a_typed_word_finds_clients_with_a_word_starting_with_it_but_not_one_merely_containing_it() {
        testData.company("Bäckerei Müller", "info@baeckerei.example");
        testData.company("Hamüller Stahl", "info@stahl.example");
        actAsAccount(TestData.STAFF);

        assertThat(names("mül")).containsExactly("Bäckerei Müller");
        assertThat(names("MÜLLER")).containsExactly("Bäckerei Müller");
        assertThat(names("Bäck")).containsExactly("Bäckerei Müller");
        assertThat(names("üller")).as("inside a word: no longer found").isEmpty();
        assertThat(clients.count(ClientFilter.live("mül"))).isEqualTo(1);
    }

    @Test
    void several_words_must_all_match_in_any_order() {
        testData.company("Bäckerei Müller", "info@baeckerei.example");
        testData.company("Müller Logistik", "info@logistik.example");
        testData.company("Bäckerei Schmidt", "info@schmidt.example");
        actAsAccount(TestData.STAFF);

        assertThat(names("müller bäck")).containsExactly("Bäckerei Müller");
        assertThat(names("  bäckerei   müller ")).containsExactly("Bäckerei Müller");
        assertThat(names("müller")).containsExactly("Bäckerei Müller", "Müller Logistik");
        assertThat(names("müller zzz")).isEmpty();
        assertThat(clients.count(ClientFilter.live("bäck müll"))).isEqualTo(1);
    }

    @Test
    void an_e_mail_is_found_by_its_start_local_part_domain_and_their_pieces() {
        testData.company("Acme Corporation", "sales.team@acme-widgets.co.uk");
        testData.company("Other Ltd", "office@other.example");
        actAsAccount(TestData.STAFF);

        assertThat(names("sales.team@acme")).containsExactly("Acme Corporation");
        assertThat(names("sales.t")).containsExactly("Acme Corporation");
        assertThat(names("team")).containsExactly("Acme Corporation");
        assertThat(names("@acme-widgets")).containsExactly("Acme Corporation");
        assertThat(names("acme-widgets.co")).containsExactly("Acme Corporation");
        assertThat(names("widgets")).containsExactly("Acme Corporation");
        assertThat(names("widgets uk")).containsExactly("Acme Corporation");
        assertThat(names("ffice@other")).as("inside a piece: no longer found").isEmpty();
    }

    @Test
    void any_run_of_three_or_more_digits_inside_a_phone_or_mobile_number_is_found() {
        Client anna = testData.individual("Anna Becker", "anna@becker.example", "+49 (30) 555-1234");
        Client mobile = testData.reload(testData.company("Mobile Only GmbH", "m@mobile.example"));
        mobile.setMobile("0171 98 76 543");
        testData.save(mobile);
        actAsAccount(TestData.STAFF);

        assertThat(names("555")).containsExactly("Anna Becker");
        assertThat(names("0555 12")).containsExactly("Anna Becker");
        assertThat(names("+49 30 555")).containsExactly("Anna Becker");
        assertThat(names("1234")).containsExactly("Anna Becker");
        assertThat(names("98 76 54")).containsExactly("Mobile Only GmbH");
        assertThat(names("9876543")).containsExactly("Mobile Only GmbH");
        assertThat(names("5559")).isEmpty();
        assertThat(anna.getId()).isNotNull();
    }

    @Test
    void an_edited_client_is_found_by_its_new_words_and_no_longer_by_its_old_ones() {
        Client c = testData.reload(testData.individual("Old Name", "old@before.example", "111 222 333"));
        c.setName("Fresh Title");
        c.setEmail("new@after.example");
        c.setPhone("444 555 666");
        testData.save(c);
        actAsAccount(TestData.STAFF);

        assertThat(names("old")).isEmpty();
        assertThat(names("before")).isEmpty();
        assertThat(names("222333")).isEmpty();
        assertThat(names("fresh")).containsExactly("Fresh Title");
        assertThat(names("after.example")).containsExactly("Fresh Title");
        assertThat(names("555666")).containsExactly("Fresh Title");
        assertThat(jdbc.queryForObject(
                        "select count(*) from client_search_terms where client_id = ? and term = ?",
                        Long.class,
                        c.getId(),
                        "old"))
                .isZero();
    }

    @Test
    void imported_clients_are_found() {
        CsvTable table = CsvParser.parse(
                "Name,Type,E-mail,Country,Currency\n" + "Imported Widgets AG,company,hello@imported.example,DE,EUR\n");
        actAsAccount(TestData.STAFF);
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            ImportField.guess(table.headers().get(i)).ifPresent(f -> mapping.put(column, f));
        }

        imports.importAll(table, mapping, Locale.ENGLISH, n -> {});

        assertThat(names("widgets")).containsExactly("Imported Widgets AG");
        assertThat(names("imported.ex")).containsExactly("Imported Widgets AG");
    }

    @Test
    void demo_clients_written_with_jdbc_are_found_by_their_own_words() {
        testData.demoClients(20);
        actAsAccount(TestData.STAFF);
        Map<String, Object> any = jdbc.queryForMap("select name, email from clients order by id limit 1 offset 7");
        String firstWord = ((String) any.get("name")).split(" ")[0];

        assertThat(names(firstWord)).contains((String) any.get("name"));
        assertThat(names((String) any.get("email"))).contains((String) any.get("name"));
    }

    @Test
    void a_trashed_client_leaves_the_search_and_is_found_again_once_restored() {
        Client c = testData.company("Phoenix Rising Ltd", "ash@phoenix.example");
        actAsAccount(TestData.STAFF);
        clients.trash(List.of(c.getId()));
        assertThat(names("phoenix")).isEmpty();
        assertThat(clients.list(ClientFilter.trash("phoenix"), PageRequest.of(0, 10)))
                .extracting(ClientRow::name)
                .containsExactly("Phoenix Rising Ltd");

        clients.restore(List.of(c.getId()));

        assertThat(names("phoenix")).containsExactly("Phoenix Rising Ltd");
        assertThat(names("ash@")).containsExactly("Phoenix Rising Ltd");
    }

    @Test
    void like_wildcards_in_a_word_are_literal_characters() {
        testData.company("Underscore Ltd", "first_last@under.example");
        testData.company("Lookalike Ltd", "firstxlast@look.example");
        testData.company("Percent Ltd", "first%last@percent.example");
        actAsAccount(TestData.STAFF);

        assertThat(names("first_l")).containsExactly("Underscore Ltd");
        assertThat(names("first%l")).containsExactly("Percent Ltd");
        assertThat(names("fir%"))
                .as("an edge % is punctuation, not a wildcard")
                .containsExactly("Lookalike Ltd", "Percent Ltd", "Underscore Ltd");
        assertThat(names("f_rst")).isEmpty();
    }

    @Test
    void one_or_two_characters_match_the_start_of_the_name_only() {
        testData.company("Zeta Systems", "hello@alpha.example");
        testData.company("Alpha Beta", "x@zz.example");
        testData.company("Li Na", "na@li.example");
        testData.company("Wei Li", "wei@wei.example");
        actAsAccount(TestData.STAFF);

        assertThat(names("z")).containsExactly("Zeta Systems");
        assertThat(names("A")).containsExactly("Alpha Beta");
        assertThat(names("ze")).containsExactly("Zeta Systems");
        assertThat(names("b"))
                .as("not the second word: one letter is too common")
                .isEmpty();
        assertThat(names("sy")).as("nor with two").isEmpty();
        assertThat(names("li")).containsExactly("Li Na");
        assertThat(names("li na")).containsExactly("Li Na");
        assertThat(names("wei li"))
                .as("a longer word makes every word a term prefix")
                .containsExactly("Wei Li");
    }

    @Test
    void restricted_staff_find_only_their_own_clients() {
        long staffId = testData.accountId(TestData.STAFF);
        long adminId = testData.accountId(TestData.ADMIN);
        Client mine = new Client(ClientType.COMPANY, "Shared Word Mine");
        mine.setOwnerId(staffId);
        testData.save(mine);
        Client theirs = new Client(ClientType.COMPANY, "Shared Word Theirs");
        theirs.setOwnerId(adminId);
        testData.save(theirs);
        testData.restrictStaff();

        actAsAccount(TestData.STAFF);
        assertThat(names("shared word")).containsExactly("Shared Word Mine");
        assertThat(clients.count(ClientFilter.live("shared"))).isEqualTo(1);
        actAsAccount(TestData.ADMIN);
        assertThat(names("shared word")).containsExactly("Shared Word Mine", "Shared Word Theirs");
    }

    /**
     * Clients with two terms that start with "example" ("examples" in the name and the e-mail's domain "example.com",
     * so that a count of the word's terms must take each client once; two of them also two terms that start with
     * "trading"), live and trashed, owned
     * by the restricted staff member, by the administrator, assigned to the staff member (one both owned and
     * assigned), some in a group, most with "trading" in the name; returns the group's id.
     */
    long boundedCountClients() {
        long staffId = testData.accountId(TestData.STAFF);
        long adminId = testData.accountId(TestData.ADMIN);
        ClientGroup group = testData.group("Bounded");
        countClient("Alpha Tradings Trading-Post Examples", "a@example.com", staffId, Set.of(), group, false);
        countClient("Beta Holding Examples", "b@example.com", staffId, Set.of(), null, false);
        countClient("Gamma Tradings Trading-Post Examples", "c@example.com", adminId, Set.of(staffId), group, false);
        countClient("Delta Trading Examples", "d@example.com", staffId, Set.of(staffId), null, false);
        countClient("Epsilon Trading Examples", "e@example.com", adminId, Set.of(), group, false);
        countClient("Zeta Trading Examples", "z@example.com", staffId, Set.of(), null, true);
        countClient("Eta Trading Examples", "h@example.com", adminId, Set.of(), group, true);
        countClient("Theta Trading", "t@other.test", staffId, Set.of(), group, false);
        testData.restrictStaff();
        return group.getId();
    }

    private void countClient(
            String name, String email, long owner, Set<Long> assigned, ClientGroup group, boolean trashed) {
        Client c = testData.reload(testData.company(name, email));
        c.setOwnerId(owner);
        c.setAssignedStaffIds(assigned);
        if (group != null) {
            c.setGroups(Set.of(group));
        }
        c = testData.save(c);
        if (trashed) {
            testData.trash(c);
        }
    }

    /**
     * The bounded count the list shows equals the exact count up to each limit (and limit + 1 beyond it), and the
     * exact count is the expected one.
     */
    void assertBoundedCounts(ClientFilter filter, long expected) {
        assertThat(clients.count(filter)).as("exact count of %s", filter).isEqualTo(expected);
        for (long limit = 0; limit <= expected + 1; limit++) {
            assertThat(clients.countUpTo(filter, limit))
                    .as("count of %s up to %d", filter, limit)
                    .isEqualTo(Math.min(expected, limit + 1));
        }
    }

    @Test
    void bounded_counts_of_a_search_are_the_exact_count_up_to_the_limit() {
        long group = boundedCountClients();
        assertThat(jdbc.queryForObject(
                        "select count(*) from client_search_terms where term like 'example%'", Long.class))
                .as("two terms per client")
                .isEqualTo(14);

        actAsAccount(TestData.ADMIN);
        assertBoundedCounts(ClientFilter.live("example"), 5);
        assertBoundedCounts(ClientFilter.trash("example"), 2);
        assertBoundedCounts(ClientFilter.live("example").withGroups(Set.of(group)), 3);
        assertBoundedCounts(ClientFilter.live("example trading"), 4);
        assertBoundedCounts(ClientFilter.trash("trading example"), 2);
        assertBoundedCounts(ClientFilter.live("example trading").withGroups(Set.of(group)), 3);

        actAsAccount(TestData.STAFF);
        assertBoundedCounts(ClientFilter.live("example"), 4);
        assertBoundedCounts(ClientFilter.trash("example"), 1);
        assertBoundedCounts(ClientFilter.live("example").withGroups(Set.of(group)), 2);
        assertBoundedCounts(ClientFilter.live("example trading"), 3);
        assertBoundedCounts(ClientFilter.trash("trading example"), 1);
        assertBoundedCounts(ClientFilter.live("example trading").withGroups(Set.of(group)), 2);
    }

    @Test
    void deleting_a_client_permanently_deletes_its_terms() {
        Client c = testData.company("Short Lived", "s@short.example");
        actAsAccount(TestData.ADMIN);
        clients.trash(List.of(c.getId()));
        clients.deletePermanently(List.of(c.getId()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from client_search_terms where client_id = ?", Long.class, c.getId()))
                .isZero();
    }
}
