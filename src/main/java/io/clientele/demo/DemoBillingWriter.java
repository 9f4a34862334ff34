package io.clientele.demo;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.TaxBasis;
import io.clientele.client.Address;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo invoices, quotes and payments for the clients already stored, written with JDBC batches and the same
 * rounding rules as the billing service (half up per line, at the currency's scale). Deterministic per seed; the
 * benchmark uses it for millions of invoices.
 */
@Component
public class DemoBillingWriter {

    private static final String[] WORK = {
        "Consulting",
        "Maintenance contract",
        "Software licence",
        "Training day",
        "Installation",
        "Support hours",
        "Design work",
        "Hosting (12 months)",
        "Travel expenses",
        "Workshop"
    };
    private static final BigDecimal[] TAX = {
        new BigDecimal("0"), new BigDecimal("7"), new BigDecimal("19"), new BigDecimal("20")
    };

    /** Documents per transaction (the batch can overshoot by one client's documents). */
    static final int CHUNK = 2_000;

    private static final int CLIENT_PAGE = 5_000;
    private static final long OWED_RANGE = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final InvoiceService invoices;

    DemoBillingWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, InvoiceService invoices) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record Doc(
            long clientId,
            String type,
            String number,
            String status,
            LocalDate issued,
            LocalDate due,
            String currency,
            List<Object[]> lines,
            BigDecimal subtotal,
            BigDecimal tax,
            BigDecimal total,
            BigDecimal paid,
            boolean sent,
            LocalDate today) {

        /** A week after issue, but never in the future. */
        LocalDate paidOn() {
            LocalDate week = issued.plusDays(7);
            return week.isAfter(today) ? today : week;
        }
    }

    /**
     * Writes about {@code invoicesPerClient} invoices (and a few quotes) per live client, some paid, some partly,
     * some overdue, relative to {@code today}. Commits every {@value #CHUNK} documents or so (with the number
     * sequences reached so far), so millions of documents never sit in one transaction; the documents depend only on
     * the seed, not on where the chunks end. Inside a caller's transaction the chunks join it.
     */
    public void write(long seed, double invoicesPerClient, LocalDate today) {
        write(seed, invoicesPerClient, today, CHUNK);
    }

    /** {@link #write(long, double, LocalDate)} with another chunk size (tests show chunks change nothing). */
    void write(long seed, double invoicesPerClient, LocalDate today, int chunk) {
        Random r = new Random(seed);
        int year = today.getYear();
        int[] seq = {nextSeq("INVOICE", year), nextSeq("QUOTE", year)};
        List<Doc> batch = new ArrayList<>(chunk + 16);
        long after = 0;
        while (true) {
            // Keyset pages of live clients: never the whole client table in memory.
            List<Object[]> clients = jdbc.query(
                    "select id, currency from clients where trashed_at is null and id > ?" + " order by id limit "
                            + CLIENT_PAGE,
                    (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)},
                    after);
            if (clients.isEmpty()) {
                break;
            }
            for (Object[] c : clients) {
                long clientId = (Long) c[0];
                String currency = (String) c[1];
                int invoices = (int) Math.floor(invoicesPerClient * 2 * r.nextDouble());
                for (int i = 0; i < invoices; i++) {
                    batch.add(numbered(document(r, clientId, "INVOICE", currency, today), year, seq));
                }
                if (r.nextInt(4) == 0) {
                    batch.add(numbered(document(r, clientId, "QUOTE", currency, today), year, seq));
                }
                if (batch.size() >= chunk) {
                    commit(batch, year, seq);
                }
            }
            after = (Long) clients.getLast()[0];
        }
        commit(batch, year, seq);
        updateAmountsOwed();
        // The invoices were written around the services: the dashboard's kept totals are counted from them once.
        SystemAuthentication.run(invoices::recountOpenBalances);
    }

    /** One transaction: the documents so far with their lines and payments, and the sequences that follow them. */
    private void commit(List<Doc> batch, int year, int[] seq) {
        transactions.executeWithoutResult(status -> {
            flush(batch);
            saveSeq("INVOICE", year, seq[0]);
            saveSeq("QUOTE", year, seq[1]);
        });
        batch.clear();
    }

    /**
     * Every client's amount owed from its open invoices, one id range per statement and transaction: a single
     * statement over a million clients would hold their row locks and undo for minutes.
     */
    private void updateAmountsOwed() {
        Long min = jdbc.queryForObject("select min(id) from clients", Long.class);
        Long max = jdbc.queryForObject("select max(id) from clients", Long.class);
        if (min == null || max == null) {
            return;
        }
        for (long from = min - 1; from < max; from += OWED_RANGE) {
            long lo = from;
            transactions.executeWithoutResult(status -> jdbc.update("""
                    update clients set amount_owed = (select coalesce(sum(d.balance), 0) from billing_documents d
                      where d.client_id = clients.id and d.doc_type = 'INVOICE' and d.status <> 'DRAFT')
                    where id > ? and id <= ?""", lo, lo + OWED_RANGE));
        }
    }

    /**
     * Only issued documents take a number, in the order they are written, so the sequence has no gaps; a draft gets a
     * placeholder that identifies its row until {@link #flush} clears it.
     */
    private Doc numbered(Doc d, int year, int[] seq) {
        String number;
        if (d.status().equals("DRAFT")) {
            number = "~" + (++draftKey);
        } else if (d.type().equals("INVOICE")) {
            number = String.format(Locale.ROOT, "INV-%d-%04d", year, seq[0]++);
        } else {
            number = String.format(Locale.ROOT, "QUO-%d-%04d", year, seq[1]++);
        }
        return new Doc(
                d.clientId(),
                d.type(),
                number,
                d.status(),
                d.issued(),
                d.due(),
                d.currency(),
                d.lines(),
                d.subtotal(),
                d.tax(),
                d.total(),
                d.paid(),
                d.sent(),
                d.today());
    }

    private long draftKey;

    private Doc document(Random r, long clientId, String type, String currency, LocalDate today) {
        String number = "";
        int scale = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        LocalDate issued = today.minusDays(r.nextInt(120));
        LocalDate due = issued.plusDays(type.equals("QUOTE") ? 30 : new int[] {0, 15, 30, 60}[r.nextInt(4)]);
        List<Object[]> lines = new ArrayList<>();
        BigDecimal sub = BigDecimal.ZERO.setScale(scale);
        TaxBasis basis = new TaxBasis();
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(8));
            BigDecimal price = BigDecimal.valueOf(2_000 + r.nextInt(98_000), 2);
            BigDecimal rate = TAX[r.nextInt(TAX.length)];
            BigDecimal amount = qty.multiply(price).setScale(scale, RoundingMode.HALF_UP);
            BigDecimal lineTax = amount.multiply(rate).movePointLeft(2).setScale(scale, RoundingMode.HALF_UP);
            lines.add(new Object[] {i, WORK[r.nextInt(WORK.length)], qty, price, rate, amount, lineTax});
            sub = sub.add(amount);
            basis.add(amount, rate);
        }
        BigDecimal tax = basis.tax(currency);
        BigDecimal total = sub.add(tax);
        int roll = r.nextInt(10);
        String status;
        BigDecimal paid = BigDecimal.ZERO.setScale(scale);
        boolean sent = roll > 0;
        if (type.equals("QUOTE")) {
            status = new String[] {"DRAFT", "SENT", "APPROVED", "REJECTED"}[r.nextInt(4)];
            sent = !status.equals("DRAFT");
        } else if (roll == 0) {
            status = "DRAFT";
        } else if (roll <= 5) {
            status = "PAID";
            paid = total;
        } else {
            if (roll == 6) {
                paid = total.divide(BigDecimal.valueOf(2), scale, RoundingMode.HALF_UP);
            }
            status = due.isBefore(today) ? "OVERDUE" : "SENT";
        }
        return new Doc(
                clientId, type, number, status, issued, due, currency, lines, sub, tax, total, paid, sent, today);
    }

    private void flush(List<Doc> docs) {
        if (docs.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        Long maxBefore = jdbc.queryForObject("select coalesce(max(id), 0) from billing_documents", Long.class);
        jdbc.batchUpdate("""
                insert into billing_documents (version, doc_type, number, client_id, status, issue_date, due_date,
                  currency, subtotal, tax_total, total, paid_total, balance, sent_at, paid_at, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", docs, docs.size(), (ps, d) -> {
            ps.setString(1, d.type());
            ps.setString(2, d.number());
            ps.setLong(3, d.clientId());
            ps.setString(4, d.status());
            ps.setDate(5, Date.valueOf(d.issued()));
            ps.setDate(6, Date.valueOf(d.due()));
            ps.setString(7, d.currency());
            ps.setBigDecimal(8, d.subtotal());
            ps.setBigDecimal(9, d.tax());
            ps.setBigDecimal(10, d.total());
            ps.setBigDecimal(11, d.paid());
            ps.setBigDecimal(12, d.total().subtract(d.paid()));
            ps.setTimestamp(13, d.sent() ? now : null);
            ps.setTimestamp(14, d.status().equals("PAID") ? now : null);
            ps.setTimestamp(15, now);
            ps.setTimestamp(16, now);
        });
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> paymentRows = new ArrayList<>();
        // One query for the whole batch's ids, matched by type and number rather than trusting insertion order.
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, doc_type, number from billing_documents where id > ?",
                rs -> {
                    ids.put(rs.getString(2) + ":" + rs.getString(3), rs.getLong(1));
                },
                maxBefore);
        for (Doc d : docs) {
            Long id = ids.get(d.type() + ":" + d.number());
            for (Object[] l : d.lines()) {
                lineRows.add(new Object[] {id, l[0], l[1], l[2], l[3], l[4], l[5], l[6]});
            }
            if (d.paid().signum() > 0) {
                paymentRows.add(new Object[] {
                    "TRX-" + d.number(),
                    "BANK_TRANSFER",
                    id,
                    d.clientId(),
                    d.paid(),
                    d.currency(),
                    Date.valueOf(d.paidOn()),
                    now
                });
            }
        }
        jdbc.batchUpdate("""
                insert into document_lines (document_id, position, description, quantity, unit_price, tax_rate, amount,
                  tax_amount) values (?, ?, ?, ?, ?, ?, ?, ?)""", lineRows);
        jdbc.batchUpdate("""
                insert into payments (version, reference, method, invoice_id, client_id, amount, currency, payment_date,
                  created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?)""", paymentRows);
        jdbc.update("update billing_documents set number = null where id > ? and status = 'DRAFT'", maxBefore);
        freeze(docs, maxBefore, now);
    }

    /**
     * Issued demo documents carry what issuing freezes, as the services would: the client's name, tax ID, language
     * and formatted billing address, and the company from Settings.
     */
    private void freeze(List<Doc> docs, long maxBefore, Timestamp now) {
        Set<Long> clientIds = new TreeSet<>();
        docs.forEach(d -> clientIds.add(d.clientId()));
        String in = String.join(",", clientIds.stream().map(String::valueOf).toList());
        Map<Long, Object[]> parties = new HashMap<>();
        jdbc.query(
                "select id, name, tax_id, language, billing_street, billing_city, billing_state, billing_postal_code,"
                        + " billing_country from clients where id in (" + in + ")",
                rs -> {
                    String language = rs.getString(4);
                    String address = new Address(
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))
                            .formatted(Locale.forLanguageTag(language));
                    parties.put(rs.getLong(1), new Object[] {
                        rs.getString(2), rs.getString(3), language, address.isBlank() ? null : address
                    });
                });
        List<Object[]> rows = new ArrayList<>();
        parties.forEach(
                (clientId, p) -> rows.add(new Object[] {now, p[0], p[1], p[2], p[3], p[3], clientId, maxBefore}));
        jdbc.batchUpdate("""
                update billing_documents set issued_at = ?, buyer_name = ?, buyer_tax_id = ?, doc_language = ?,
                  billing_address = ?, shipping_address = ?,
                  seller_name = (select s.company_name from system_settings s where s.id = 1),
                  seller_address = (select s.company_address from system_settings s where s.id = 1),
                  seller_tax_id = (select s.company_tax_id from system_settings s where s.id = 1)
                where client_id = ? and id > ? and status <> 'DRAFT'""", rows);
    }

    private int nextSeq(String type, int year) {
        List<Integer> v = jdbc.queryForList(
                "select next_value from number_sequences where doc_type = ? and seq_year = ?",
                Integer.class,
                type,
                year);
        return v.isEmpty() ? 1 : v.getFirst();
    }

    private void saveSeq(String type, int year, int next) {
        if (jdbc.update(
                        "update number_sequences set next_value = ? where doc_type = ? and seq_year = ?",
                        next,
                        type,
                        year)
                == 0) {
            jdbc.update(
                    "insert into number_sequences (doc_type, seq_year, next_value) values (?, ?, ?)", type, year, next);
        }
    }
}
