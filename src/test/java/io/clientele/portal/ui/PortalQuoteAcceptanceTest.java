package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import io.clientele.account.LoginPermissions;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteResponses;
import io.clientele.billing.QuoteService;
import io.clientele.billing.QuoteStatus;
import io.clientele.client.Client;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalRecords.QuoteAnswer;
import io.clientele.portal.PortalService;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Accepting and declining quotes in the Client Center, as the client's people do it, and what the back office gets. */
class PortalQuoteAcceptanceTest extends MailTest {

    @Autowired
    TestDocuments documents;

    @Autowired
    PortalService portal;

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteResponses responses;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    Client own;
    Quote quote;

    @BeforeEach
    void sentQuote() {
        Client c = new Client(io.clientele.client.ClientType.COMPANY, "Own Co");
        c.setOwnerId(testData.accountId(TestData.STAFF));
        own = testData.save(c);
        quote = documents.sentQuote(own, "Design|1|500|0");
        testData.linkClientUser(TestData.CLIENT_USER, own);
        testData.clientAccount("colleague", own);
    }

    private PortalQuoteView open() {
        login(TestData.CLIENT_USER);
        return navigate("portal/quotes/" + quote.getId(), PortalQuoteView.class);
    }

    private QuoteStatus status() {
        // Read in SQL: in a UI test the caller is the logged-in Client Center user, who may not use QuoteService.
        return QuoteStatus.valueOf(
                jdbc.queryForObject("select status from billing_documents where id = ?", String.class, quote.getId()));
    }

    private int answers() {
        return jdbc.queryForObject(
                "select count(*) from quote_responses where quote_id = ?", Integer.class, quote.getId());
    }

    @Test
    void a_client_accepts_a_sent_quote_with_a_typed_signature_and_the_quotes_owner_is_told() throws Exception {
        PortalQuoteView view = open();
        ButtonKt._click(view.accept);
        assertThat(view.signature.isInvalid()).isTrue();
        assertThat(view.signature.getErrorMessage()).isEqualTo(t("quoteaccept.signature-required"));
        assertThat(status()).isEqualTo(QuoteStatus.SENT);

        userSets(view.signature, "Carl Client");
        userSets(view.poNumber, "PO-4711");
        userSets(view.note, "Please start in March.");
        ButtonKt._click(view.accept);

        assertThat(status()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(answers()).isEqualTo(1);
        PortalQuoteView after = _get(PortalQuoteView.class);
        assertThat(after.answer.getText())
                .startsWith("Accepted by Carl Client on ")
                .endsWith("signed “Carl Client”.");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("portal-quote-accept")))
                .isEmpty();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(TestData.STAFF + "@test.example");
        assertThat(received[0].getSubject()).isEqualTo("Quote " + quote.getNumber() + " accepted by Own Co");
        assertThat(received[0].getContent().toString())
                .contains("Carl Client accepted quote " + quote.getNumber(), "PO-4711", "Please start in March.");

        // The back office sees who accepted when, with the signature, PO number and note.
        login(TestData.STAFF);
        var seen = responses.latestFor(quotes.get(quote.getId())).orElseThrow();
        assertThat(seen.getAccountName()).isEqualTo("Carl Client");
        assertThat(seen.getSignedName()).isEqualTo("Carl Client");
        assertThat(seen.getPoNumber()).isEqualTo("PO-4711");
        assertThat(seen.getAccountId()).isEqualTo(testData.accountId(TestData.CLIENT_USER));
    }

    @Test
    void a_declined_quote_takes_no_acceptance_from_another_login_until_it_is_sent_again() throws Exception {
        PortalQuoteView view = open();
        ButtonKt._click(view.decline);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo(t("quoteaccept.reason-required"));
        userSets(view.reason, "Too expensive for us this year.");
        ButtonKt._click(view.decline);
        assertThat(status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(_get(PortalQuoteView.class).answer.getText()).endsWith(": Too expensive for us this year.");
        assertThat(smtp.getReceivedMessages()[0].getSubject())
                .isEqualTo("Quote " + quote.getNumber() + " declined by Own Co");

        login("colleague");
        assertThatThrownBy(() -> portal.acceptQuote(quote.getId(), "Colleague", null, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("quoteaccept.not-open"));
        assertThat(portal.quoteState(quote.getId()).answerable()).isFalse();
        assertThat(status()).isEqualTo(QuoteStatus.REJECTED);

        login(TestData.STAFF);
        quotes.markSent(quote.getId());
        login("colleague");
        assertThat(portal.quoteState(quote.getId()).answerable()).isTrue();
        QuoteAnswer accepted = portal.acceptQuote(quote.getId(), "Colleague", null, null);
        assertThat(accepted.accepted()).isTrue();
        assertThat(status()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(answers()).isEqualTo(2);
    }

    @Test
    void a_double_click_gives_one_acceptance() {
        login(TestData.CLIENT_USER);
        QuoteAnswer first = portal.acceptQuote(quote.getId(), "Carl Client", null, null);
        QuoteAnswer second = portal.acceptQuote(quote.getId(), "Carl Client", null, null);
        assertThat(second).isEqualTo(first);
        assertThat(answers()).isEqualTo(1);
    }

    @Test
    void two_logins_accepting_at_once_give_one_acceptance() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<QuoteAnswer>> results = new ArrayList<>();
            for (String user : List.of(TestData.CLIENT_USER, "colleague")) {
                UserDetails details = userDetails.loadUserByUsername(user);
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    details, null, details.getAuthorities()));
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return portal.acceptQuote(quote.getId(), details.getUsername(), null, null);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            QuoteAnswer a = results.get(0).get(30, TimeUnit.SECONDS);
            QuoteAnswer b = results.get(1).get(30, TimeUnit.SECONDS);
            assertThat(a).isEqualTo(b);
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers()).isEqualTo(1);
        assertThat(status()).isEqualTo(QuoteStatus.APPROVED);
    }

    @Test
    void an_expired_quote_or_a_login_without_the_quotes_permission_cannot_answer() {
        Quote expired = documents.sentQuote(own, "Old offer|1|10|0");
        jdbc.update(
                "update billing_documents set due_date = ? where id = ?", LocalDate.of(2020, 1, 1), expired.getId());
        login(TestData.CLIENT_USER);
        assertThat(portal.quoteState(expired.getId()).answerable()).isFalse();
        assertThatThrownBy(() -> portal.acceptQuote(expired.getId(), "Carl", null, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("quoteaccept.expired"));

        testData.setLoginPermissions(TestData.CLIENT_USER, new LoginPermissions(true, false, true, true, true));
        assertThatThrownBy(() -> portal.acceptQuote(quote.getId(), "Carl", null, null))
                .isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.declineQuote(quote.getId(), "No")).isInstanceOf(PortalNotFoundException.class);
        PortalQuoteView view = navigate("portal/quotes/" + quote.getId(), PortalQuoteView.class);
        assertThat(view.getPageTitle()).isEqualTo(t("portal.not-found"));
        assertThat(status()).isEqualTo(QuoteStatus.SENT);
        assertThat(answers()).isZero();
    }
}
