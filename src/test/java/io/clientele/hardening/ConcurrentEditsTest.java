package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.function.Function;
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

    private interface Edit<T> {
        void apply(T entity, String mark);
    }

    /**
     * Runs the editors: all read first (a barrier makes the race certain), then all save; losers re-read and retry.
     * Returns the stored text afterwards.
     */
    private static <T> String race(
            int editors, java.util.function.Supplier<T> read, Function<T, String> text, Edit<T> edit) throws Exception {
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
            assertThat(stored.split(java.util.regex.Pattern.quote(mark), -1))
                    .as(stored + " has " + mark + " once")
                    .hasSize(2);
        }
        assertThat(stored).hasSize(editors * 3);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
