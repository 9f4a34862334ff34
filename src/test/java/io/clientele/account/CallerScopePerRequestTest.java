package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.CallerScope;
import io.clientele.base.security.UserDirectory;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller's scope is read from the account once per HTTP request (a click asks many services, each asking for the
 * caller), and afresh in the next request, so a permission an administrator changes applies at the next click.
 */
class CallerScopePerRequestTest extends SpringTest {

    @Autowired
    UserDirectory users;

    @Autowired
    EntityManagerFactory emf;

    private Statistics statistics;

    @BeforeEach
    void count() {
        actAsAccount(TestData.STAFF);
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stop() {
        statistics.setStatisticsEnabled(false);
        RequestContextHolder.resetRequestAttributes();
    }

    private long statementsFor(Runnable calls) {
        statistics.clear();
        calls.run();
        return statistics.getPrepareStatementCount();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void one_request_reads_the_account_once_and_the_next_request_sees_a_changed_permission() {
        newRequest();
        long statements = statementsFor(() -> {
            for (int i = 0; i < 5; i++) {
                assertThat(users.currentScope().isRestricted()).isFalse();
            }
        });
        assertThat(statements).isEqualTo(1);

        testData.restrictStaff();
        assertThat(users.currentScope().isRestricted())
                .as("within the request that read it")
                .isFalse();
        newRequest();
        assertThat(users.currentScope().isRestricted()).as("the next request").isTrue();
    }

    @Test
    void without_a_request_every_call_reads_the_account() {
        long statements = statementsFor(() -> {
            for (int i = 0; i < 3; i++) {
                CallerScope scope = users.currentScope();
                assertThat(scope.accountId()).isNotNull();
            }
        });
        assertThat(statements).isEqualTo(3);
    }
}
