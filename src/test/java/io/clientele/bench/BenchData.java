package io.clientele.bench;

import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.account.UserAccount;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.ClientService;
import io.clientele.demo.DemoBillingWriter;
import io.clientele.demo.DemoContactWriter;
import io.clientele.demo.DemoDataWriter;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds the benchmark database with the demo-data writers (JDBC batches), once: a database that already holds the
 * requested number of clients is reused as it is, so a rerun skips the long part.
 */
final class BenchData {

    static final String ADMIN = "bench-admin";
    static final String STAFF = "bench-staff";
    static final String PASSWORD = "bench-password-1";
    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final DemoDataWriter clients;
    private final DemoContactWriter contacts;
    private final DemoBillingWriter billing;
    private final ClientService clientService;

    BenchData(
            JdbcTemplate jdbc,
            AccountService accounts,
            ClientService clientService,
            DemoDataWriter clients,
            DemoContactWriter contacts,
            DemoBillingWriter billing) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clientService = clientService;
        this.clients = clients;
        this.contacts = contacts;
        this.billing = billing;
    }

    /**
     * Seeds {@code clientCount} clients with contacts and invoices unless they are there already. Each step commits
     * on its own and is skipped when its rows exist, so an interrupted seeding resumes at the step it was in.
     */
    void ensure(long seed, int clientCount, double invoicesPerClient) {
        long existing = count("clients");
        if (existing > 0 && existing < clientCount) {
            throw new IllegalStateException("The benchmark database holds " + existing + " clients, not " + clientCount
                    + ": drop and recreate it (or pass -Dbench.clients=" + existing + ")");
        }
        long start = System.nanoTime();
        SystemAuthentication.run(() -> {
            if (existing == 0) {
                UserAccount admin = accounts.create(ADMIN, "Bench Admin", null, AccountType.ADMIN, PASSWORD);
                UserAccount staff = accounts.create(STAFF, "Bench Staff", null, AccountType.STAFF, PASSWORD);
                UserAccount staff2 =
                        accounts.create("bench-staff-2", "Bench Staff 2", null, AccountType.STAFF, PASSWORD);
                UserAccount staff3 =
                        accounts.create("bench-staff-3", "Bench Staff 3", null, AccountType.STAFF, PASSWORD);
                // Four owners plus "no owner": the restricted staff user sees about a fifth of the clients.
                clients.writeClients(
                        seed, clientCount, List.of(staff.getId(), staff2.getId(), staff3.getId(), admin.getId()));
                log.info("Clients written after {} s", (System.nanoTime() - start) / 1_000_000_000);
            }
            if (count("client_staff") == 0) {
                assignSome();
                clientService.recountGroupSizes();
            }
            if (count("contacts") == 0) {
                contacts.write(seed);
                log.info("Contacts written after {} s", (System.nanoTime() - start) / 1_000_000_000);
            }
            if (count("billing_documents") == 0) {
                billing.write(seed, invoicesPerClient, LocalDate.now());
                log.info("Invoices written after {} s", (System.nanoTime() - start) / 1_000_000_000);
                analyze();
            }
        });
        log.info(
                "Benchmark data: {} clients, {} contacts, {} invoices",
                count("clients"),
                count("contacts"),
                jdbc.queryForObject("select count(*) from billing_documents where doc_type = 'INVOICE'", Long.class));
    }

    /**
     * Assigns the restricted staff user to one client in 500 that someone else owns (2,000 at a million clients), so
     * that their list is "owned or assigned" as in real use, not only "owned".
     */
    private void assignSome() {
        Long staff = jdbc.queryForObject("select id from user_accounts where username = ?", Long.class, STAFF);
        int rows = jdbc.update(
                "insert into client_staff (client_id, user_id) select id, ? from clients"
                        + " where mod(id, 500) = 7 and (owner_id is null or owner_id <> ?)",
                staff,
                staff);
        log.info("Assigned {} more clients to {}", rows, STAFF);
    }

    /** Fresh statistics for the optimizer after a bulk load. */
    private void analyze() {
        for (String table : List.of("clients", "contacts", "billing_documents", "client_group_members")) {
            try {
                jdbc.execute("analyze table " + table);
            } catch (RuntimeException e) {
                log.debug("No ANALYZE on this database: {}", e.getMessage());
            }
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
