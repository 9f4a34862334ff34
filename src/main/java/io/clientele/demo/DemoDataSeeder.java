package io.clientele.demo;

import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.account.UserAccount;
import io.clientele.base.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with the demo logins and clients on first start. A database that has any account is
 * left alone, so restarting never duplicates data and a production database is never touched.
 */
@Component
@ConditionalOnBooleanProperty("clientele.demo.enabled")
// Before the initial-administrator check, which then finds the demo administrator.
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoSettings settings;
    private final AccountService accounts;
    private final DemoDataWriter writer;
    private final DemoBillingWriter billing;
    private final DemoContactWriter contacts;
    private final DemoOpportunityWriter opportunities;

    DemoDataSeeder(
            DemoSettings settings,
            AccountService accounts,
            DemoDataWriter writer,
            DemoBillingWriter billing,
            DemoContactWriter contacts,
            DemoOpportunityWriter opportunities) {
        this.opportunities = opportunities;
        this.contacts = contacts;
        this.billing = billing;
        this.settings = settings;
        this.accounts = accounts;
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            if (accounts.count() > 0) {
                return;
            }
            log.info("Empty database: seeding demo logins, {} clients and their projects", settings.clients());
            // The README lists these logins; they exist only in demo databases.
            UserAccount admin = accounts.create(
                    "admin", "Ada Admin", "admin@clientele.example", AccountType.ADMIN, "admin-clientele");
            UserAccount staff = accounts.create(
                    "staff", "Sam Staff", "staff@clientele.example", AccountType.STAFF, "staff-clientele");
            UserAccount staff2 = accounts.create(
                    "olga", "Olga Ortiz", "olga@clientele.example", AccountType.STAFF, "olga-clientele");
            accounts.create(
                    "manager", "Mia Manager", "manager@clientele.example", AccountType.MANAGER, "manager-clientele");
            writer.writeClients(
                    settings.seed(), settings.clients(), List.of(staff.getId(), staff2.getId(), admin.getId()));
            writer.writeProjects(settings.seed(), List.of(staff.getId(), staff2.getId(), admin.getId()));
            contacts.write(settings.seed());
            billing.write(settings.seed(), 3, LocalDate.now());
            opportunities.write(
                    settings.seed(), 40, List.of(staff.getId(), staff2.getId(), admin.getId()), LocalDate.now());
            // Not createClientAccount(): the README's demo passwords are easy on purpose, and the password policy
            // (rightly) refuses "client-clientele" as built from the application's name.
            long showcase = writer.showcaseClientId();
            writer.openSupport(showcase);
            // Issue 22: one parent company with two subsidiaries.
            writer.linkSubsidiaries(showcase);
            accounts.createSeededClientAccount(
                    showcase, "client", "Demo Client Center user", "client@clientele.example", "client-clientele");
            log.info("Demo data ready");
        });
    }
}
