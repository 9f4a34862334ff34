package io.clientele.base.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Additions to rows that many transactions share — running totals such as the dashboard's per-audience sums or the
 * group report's per-group rows, where every writer of a busy audience or group adds to the same row — held until
 * the transaction commits and then written in one global order: tables by {@link Table#rank()}, each table's keys
 * ascending, the additions to one key summed into one statement.
 *
 * <p>Why: such a row is locked from a writer's first addition to its commit. Written where the change happens, a
 * writer that holds it goes on to lock other rows (its invoice's payments, the next client's index entries read by a
 * recount), and a writer holding one of those waits for the shared row: a deadlock, which MariaDB resolves by rolling
 * one of them back ("Deadlock found when trying to get lock"). Written last, a transaction holding a shared row waits
 * for nothing but shared rows later in the same order, so no cycle can form, and the rows every writer queues for are
 * held only for the moment before the commit.
 *
 * <p>Outside a transaction an addition is written at once. A transaction reads its own pending additions nowhere: what
 * it reads of these tables is what was committed (nothing reads them while writing).
 */
public final class SharedTotals {

    private SharedTotals() {}

    /**
     * One shared table: its place in the write order (lower first), how two additions to one key combine, and how one
     * is written ({@code x = x + d}).
     */
    public record Table<K extends Comparable<? super K>, D>(
            int rank, String name, BinaryOperator<D> merge, BiConsumer<K, D> write) {}

    /** Adds {@code delta} to {@code key}'s row of {@code table}, at the commit of the caller's transaction. */
    public static <K extends Comparable<? super K>, D> void add(Table<K, D> table, K key, D delta) {
        Pending pending = pending();
        if (pending == null) {
            table.write().accept(key, delta);
            return;
        }
        pending.rows(table).merge(key, delta, table.merge());
    }

    /**
     * Forgets the pending additions to rows of {@code table} that {@code which} selects: a recount or a deletion
     * written now replaces what they would have added.
     */
    public static <K extends Comparable<? super K>, D> void discard(Table<K, D> table, Predicate<? super K> which) {
        Pending pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Pending) TransactionSynchronizationManager.getResource(Pending.class)
                : null;
        if (pending != null && !pending.written) {
            pending.rows(table).keySet().removeIf(which);
        }
    }

    private static Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(Pending.class, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        } else if (pending.written) {
            // Another synchronization added after the write (none does today): written at once.
            return null;
        }
        return pending;
    }

    /** One transaction's pending additions, per table in write order. */
    private static final class Pending implements TransactionSynchronization, Ordered {

        private final Map<Integer, Entry<?, ?>> tables = new TreeMap<>();
        private boolean written;

        @SuppressWarnings("unchecked")
        <K extends Comparable<? super K>, D> Map<K, D> rows(Table<K, D> table) {
            Entry<?, ?> entry = tables.computeIfAbsent(table.rank(), r -> new Entry<>(table));
            if (entry.table != table && !entry.table.name().equals(table.name())) {
                throw new IllegalStateException(
                        "Tables " + entry.table.name() + " and " + table.name() + " share rank " + table.rank());
            }
            return (Map<K, D>) entry.rows;
        }

        /** Last among the synchronizations: whatever else runs before the commit has added its part by then. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (tables.values().stream().allMatch(e -> e.rows.isEmpty())) {
                return;
            }
            // The transaction's own entity changes first (its invoice, its client): they lock rows no writer of the
            // shared ones waits for, so they go before the shared rows, not after them at the commit's own flush.
            for (Object resource :
                    TransactionSynchronizationManager.getResourceMap().values()) {
                if (resource instanceof EntityManagerHolder holder) {
                    holder.getEntityManager().flush();
                }
            }
            for (Entry<?, ?> entry : tables.values()) {
                entry.write();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
        }
    }

    private static final class Entry<K extends Comparable<? super K>, D> {
        private final Table<K, D> table;
        private final TreeMap<K, D> rows = new TreeMap<>();

        Entry(Table<K, D> table) {
            this.table = table;
        }

        void write() {
            rows.forEach(table.write());
        }
    }
}
