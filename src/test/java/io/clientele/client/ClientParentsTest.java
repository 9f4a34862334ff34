package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

/** Issue 22: parent companies — only companies, never a cycle (also under concurrency), the tree's scoped reads. */
class ClientParentsTest extends SpringTest {

    @Autowired
    ClientParents parents;

    @Autowired
    ClientService clients;

    @Autowired
    ClientHistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noHook() {
        target().beforeLock = null;
    }

    private ClientParents target() {
        return AopTestUtils.getTargetObject(parents);
    }

    /** Sets the client's parent through the service as an editor would, answering the refusal's key or "saved". */
    private String link(Client child, @Nullable Client parent) {
        try {
            SystemAuthentication.run(() -> {
                Client c = clients.get(child.getId());
                c.setParent(parent == null ? null : clients.get(parent.getId()));
                clients.save(c);
            });
            return "saved";
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
    }

    private @Nullable Long parentIdOf(Client c) {
        return jdbc.queryForObject("select parent_id from clients where id = ?", Long.class, c.getId());
    }

    @Test
    void a_company_gets_a_parent_company_its_history_says_so_and_the_parent_lists_it() {
        Client holding = testData.company("Holding AG", "h@group.example");
        Client sub = testData.company("Sub GmbH", "s@group.example");

        assertThat(link(sub, holding)).isEqualTo("saved");

        assertThat(parentIdOf(sub)).isEqualTo(holding.getId());
        SystemAuthentication.run(() -> {
            assertThat(history.page(sub.getId(), PageRequest.of(0, 10))).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("parent");
                assertThat(change.newValue()).isEqualTo("Holding AG");
            });
            assertThat(parents.subsidiaries(holding.getId(), PageRequest.of(0, 10)))
                    .extracting(ClientParents.Subsidiary::name)
                    .containsExactly("Sub GmbH");
            assertThat(parents.parentOf(sub.getId()))
                    .get()
                    .extracting(ClientParents.Parent::name)
                    .isEqualTo("Holding AG");
            assertThat(parents.parentOf(holding.getId())).isEmpty();
        });
    }

    @Test
    void only_companies_have_or_are_parents_and_a_parent_stays_a_company_while_it_has_subsidiaries() {
        Client holding = testData.company("Holding AG", "h@group.example");
        Client person = testData.individual("Pat Person", "pat@example.com", null);
        Client sub = testData.company("Sub GmbH", "s@group.example");

        assertThat(link(person, holding)).isEqualTo("client.parent.only-companies");
        assertThat(link(sub, person)).isEqualTo("client.parent.not-company");
        assertThat(link(sub, holding)).isEqualTo("saved");

        String refused;
        try {
            SystemAuthentication.run(() -> {
                Client h = clients.get(holding.getId());
                h.setType(ClientType.INDIVIDUAL);
                clients.save(h);
            });
            refused = "saved";
        } catch (RuleViolationException e) {
            refused = e.getMessageKey();
        }
        assertThat(refused).isEqualTo("client.parent.has-subsidiaries");
        assertThat(testData.reload(holding).getType()).isEqualTo(ClientType.COMPANY);
    }

    @Test
    void a_company_is_never_its_own_parent_nor_below_its_own_descendants_however_deep() {
        Client a = testData.company("A Holding", "a@chain.example");
        Client b = testData.company("B Sub", "b@chain.example");
        Client c = testData.company("C Sub", "c@chain.example");
        Client d = testData.company("D Sub", "d@chain.example");
        Client e = testData.company("E Sub", "e@chain.example");
        assertThat(List.of(link(b, a), link(c, b), link(d, c), link(e, d))).containsOnly("saved");

        assertThat(link(a, a)).isEqualTo("client.parent.cycle");
        assertThat(link(a, b)).isEqualTo("client.parent.cycle");
        assertThat(link(a, e)).isEqualTo("client.parent.cycle");
        assertThat(link(c, e)).isEqualTo("client.parent.cycle");
        assertThat(parentIdOf(a)).isNull();
        assertThat(parentIdOf(c)).isEqualTo(b.getId());

        // The picker offers neither the client nor its subtree.
        SystemAuthentication.run(() -> assertThat(parents.candidates(c.getId(), "", PageRequest.of(0, 50)))
                .extracting(Client::getName)
                .containsExactly("A Holding", "B Sub"));
    }

    @Test
    void two_people_linking_two_companies_to_each_other_at_once_never_store_a_cycle() throws Exception {
        for (int round = 0; round < 3; round++) {
            Client x = testData.company("X " + round, "x" + round + "@race.example");
            Client y = testData.company("Y " + round, "y" + round + "@race.example");
            // Both saves pass the first (unlocked) check before either locks: the race is certain.
            CyclicBarrier bothChecked = new CyclicBarrier(2);
            target().beforeLock = () -> {
                try {
                    bothChecked.await(10, TimeUnit.SECONDS);
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<String> first = pool.submit(() -> link(x, y));
                Future<String> second = pool.submit(() -> link(y, x));
                List<String> outcomes =
                        new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)));
                assertThat(outcomes).containsExactlyInAnyOrder("saved", "client.parent.cycle");
            } finally {
                pool.shutdownNow();
            }
            target().beforeLock = null;
            assertThat(parentIdOf(x) == null || parentIdOf(y) == null).isTrue();
        }
    }

    @Test
    void the_roll_up_is_the_parent_and_every_descendant_the_caller_may_see() {
        Client top = testData.company("Top Group", "top@roll.example");
        Client mid = testData.company("Mid GmbH", "mid@roll.example");
        Client low = testData.company("Low Ltd", "low@roll.example");
        Client other = testData.company("Other SA", "other@roll.example");
        assertThat(List.of(link(mid, top), link(low, mid), link(other, top))).containsOnly("saved");
        SystemAuthentication.run(() -> assertThat(parents.rollUp(top.getId()))
                .containsExactlyInAnyOrder(top.getId(), mid.getId(), low.getId(), other.getId()));

        // Restricted staff own the top and the lowest company only: the middle one is hidden, its subsidiary counts.
        long staff = testData.accountId(TestData.STAFF);
        jdbc.update("update clients set owner_id = ? where id in (?, ?)", staff, top.getId(), low.getId());
        jdbc.update("update clients set owner_id = null where id in (?, ?)", mid.getId(), other.getId());
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);
        assertThat(parents.rollUp(top.getId())).containsExactlyInAnyOrder(top.getId(), low.getId());
        assertThat(parents.subsidiaries(top.getId(), PageRequest.of(0, 10))).isEmpty();
        assertThat(parents.parentOf(low.getId())).isEmpty();
    }

    @Test
    void a_parent_deleted_for_good_leaves_its_subsidiaries_without_one_and_trash_keeps_the_link() {
        Client holding = testData.company("Gone Holding", "gone@group.example");
        Client sub = testData.company("Stay GmbH", "stay@group.example");
        assertThat(link(sub, holding)).isEqualTo("saved");

        testData.trash(holding);
        assertThat(parentIdOf(sub)).isEqualTo(holding.getId());
        SystemAuthentication.run(() -> {
            assertThat(parents.countSubsidiaries(List.of(holding.getId()))).isEqualTo(1);
            clients.deletePermanently(List.of(holding.getId()));
        });

        assertThat(parentIdOf(sub)).isNull();
        assertThat(testData.reload(sub).getName()).isEqualTo("Stay GmbH");
        assertThat(testData.reload(sub).getAmountOwed()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
