package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.domain.ThreeWayMerge;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import io.clientele.support.SpringTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * ASVS V2.3 / business logic: 2 to 10 editors read the same client (contact, invoice) at once, each appends its own
 * mark and saves; a loser of the optimistic-locking race re-reads and tries again, as the conflict dialog's
 * "Re-apply" does. Every mark must be in the stored row exactly once: 0 lost updates. Without {@code @Version} the
 * editors that read the same state overwrite each other and marks go missing.
 */
class ConcurrentEditsTest extends SpringTest {

    private static final int ROUNDS = 3;

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contacts;

    @Autowired
    InvoiceService invoices;

    @Test
    void parallel_editors_of_one_client_lose_no_update() throws Exception {
        for (int editors = 2; editors <= 10; editors++) {
            for (int round = 0; round < ROUNDS; round++) {
                Client c = testData.company("Contended " + editors + "-" + round, null);
                long id = c.getId();
                String notes = race(editors, () -> clients.get(id), Client::getNotes, (client, mark) -> {
                    client.setNotes(orEmpty(client.getNotes()) + mark);
                    clients.save(client);
                });
                assertEveryMarkOnce(notes, editors);
            }
        }
    }

    @Test
    void parallel_editors_of_one_contact_lose_no_update() throws Exception {
        Client c = testData.company("Contact Holder", null);
        for (int editors = 2; editors <= 10; editors++) {
            for (int round = 0; round < ROUNDS; round++) {
                long id =
                        testData.contact(c, "Anna", "Becker " + editors + round).getId();
                String notes = race(editors, () -> contacts.get(id), Contact::getNotes, (contact, mark) -> {
                    contact.setNotes(orEmpty(contact.getNotes()) + mark);
                    contacts.save(contact);
                });
                assertEveryMarkOnce(notes, editors);
            }
        }
    }

    @Test
    void parallel_editors_of_one_invoice_lose_no_update() throws Exception {
        Client c = testData.company("Invoice Holder", null);
        for (int editors = 2; editors <= 10; editors++) {
            for (int round = 0; round < ROUNDS; round++) {
                long id = SystemAuthentication.call(() -> {
                    Invoice inv = invoices.newInvoice(c.getId());
                    inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
                    return invoices.save(inv).getId();
                });
                String notes = race(editors, () -> invoices.get(id), Invoice::getNotes, (invoice, mark) -> {
                    invoice.setNotes(orEmpty(invoice.getNotes()) + mark);
                    invoices.save(invoice);
                });
                assertEveryMarkOnce(notes, editors);
            }
        }
    }

    /** One edited field: how to read it and how to write it. */
    private record Field<T>(Function<T, @Nullable Object> get, BiConsumer<T, String> set) {}

    @Test
    void disjoint_field_edits_of_one_client_all_survive() throws Exception {
        List<Field<Client>> fields = List.of(
                new Field<>(Client::getPhone, Client::setPhone),
                new Field<>(Client::getMobile, Client::setMobile),
                new Field<>(Client::getWebsite, Client::setWebsite),
                new Field<>(Client::getTaxId, Client::setTaxId),
                new Field<>(Client::getNotes, Client::setNotes));
        List<String> values = List.of("+49 30 111", "+49 170 222", "https://three.example", "DE333", "four");
        for (int round = 0; round < ROUNDS; round++) {
            long id = testData.company("Disjoint " + round, null).getId();
            Client stored = raceDisjoint(() -> clients.get(id), fields, values, clients::save);
            for (int i = 0; i < fields.size(); i++) {
                assertThat(fields.get(i).get().apply(stored)).isEqualTo(values.get(i));
            }
        }
    }

    @Test
    void disjoint_field_edits_of_one_contact_all_survive() throws Exception {
        Client c = testData.company("Disjoint Contacts", null);
        List<Field<Contact>> fields = List.of(
                new Field<>(Contact::getTitle, Contact::setTitle),
                new Field<>(Contact::getPhone, Contact::setPhone),
                new Field<>(Contact::getMobile, Contact::setMobile),
                new Field<>(Contact::getNotes, Contact::setNotes));
        List<String> values = List.of("CFO", "+49 30 111", "+49 170 222", "four");
        for (int round = 0; round < ROUNDS; round++) {
            long id = testData.contact(c, "Anna", "Disjoint " + round).getId();
            Contact stored = raceDisjoint(() -> contacts.get(id), fields, values, contacts::save);
            for (int i = 0; i < fields.size(); i++) {
                assertThat(fields.get(i).get().apply(stored)).isEqualTo(values.get(i));
            }
        }
    }

    /**
     * One editor per field, all reading the same version (a barrier makes the race certain), each changing only its
     * field. A refused save merges as the editors do ({@link ThreeWayMerge}: against the values it loaded) and
     * saves on top of the stored version. No editor may meet a conflict, and every change must be stored.
     */
    private static <T> T raceDisjoint(Supplier<T> read, List<Field<T>> fields, List<String> values, Consumer<T> save)
            throws Exception {
        int editors = fields.size();
        CyclicBarrier allRead = new CyclicBarrier(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Integer>> refusals = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                int mine = i;
                refusals.add(pool.submit(() -> SystemAuthentication.call(() -> {
                    T entity = read.get();
                    List<@Nullable Object> base = snapshot(entity, fields);
                    await(allRead);
                    fields.get(mine).set().accept(entity, values.get(mine));
                    int refused = 0;
                    while (true) {
                        try {
                            save.accept(entity);
                            return refused;
                        } catch (OptimisticLockingFailureException e) {
                            refused++;
                            T stored = read.get();
                            List<@Nullable Object> theirs = snapshot(stored, fields);
                            List<ThreeWayMerge.Outcome> outcomes =
                                    ThreeWayMerge.compare(base, snapshot(entity, fields), theirs);
                            assertThat(outcomes).doesNotContain(ThreeWayMerge.Outcome.CONFLICT);
                            for (int f = 0; f < fields.size(); f++) {
                                if (outcomes.get(f) == ThreeWayMerge.Outcome.MINE) {
                                    fields.get(f).set().accept(stored, values.get(f));
                                }
                            }
                            base = theirs;
                            entity = stored;
                        }
                    }
                })));
            }
            int refused = 0;
            for (Future<Integer> f : refusals) {
                refused += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(refused).isGreaterThanOrEqualTo(editors - 1);
        } finally {
            pool.shutdownNow();
        }
        return SystemAuthentication.call(read::get);
    }

    private static <T> List<@Nullable Object> snapshot(T entity, List<Field<T>> fields) {
        List<@Nullable Object> values = new ArrayList<>();
        fields.forEach(f -> values.add(f.get().apply(entity)));
        return values;
    }

    private interface Edit<T> {
        void apply(T entity, String mark);
    }

    /**
     * Runs the editors: all read first (a barrier makes the race certain), then all save; losers re-read and retry.
     * Returns the stored text afterwards.
     */
    private static <T> String race(int editors, Supplier<T> read, Function<T, String> text, Edit<T> edit)
            throws Exception {
        CyclicBarrier allRead = new CyclicBarrier(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Integer>> conflicts = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String mark = "[" + i + "]";
                conflicts.add(pool.submit(() -> SystemAuthentication.call(() -> {
                    int lost = 0;
                    boolean first = true;
                    while (true) {
                        T entity = read.get();
                        if (first) {
                            await(allRead);
                            first = false;
                        }
                        try {
                            edit.apply(entity, mark);
                            return lost;
                        } catch (OptimisticLockingFailureException e) {
                            lost++;
                        }
                    }
                })));
            }
            int refused = 0;
            for (Future<Integer> f : conflicts) {
                refused += f.get(60, TimeUnit.SECONDS);
            }
            // With every editor reading the same version, all but one save must have been refused at first.
            assertThat(refused).isGreaterThanOrEqualTo(editors - 1);
        } finally {
            pool.shutdownNow();
        }
        return SystemAuthentication.call(() -> orEmpty(text.apply(read.get())));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertEveryMarkOnce(String stored, int editors) {
        for (int i = 0; i < editors; i++) {
            String mark = "[" + i + "]";
            assertThat(stored.split(Pattern.quote(mark), -1))
                    .as(stored + " has " + mark + " once")
                    .hasSize(2);
        }
        assertThat(stored).hasSize(editors * 3);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
