package io.clientele.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.client.Client;
import io.clientele.client.PortalSections;
import io.clientele.portal.PortalService;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both sides of a thread hear of a new message by e-mail once it is committed: staff in the language they chose, the
 * client in its own language; a refused message tells nobody.
 */
class SupportMailTest extends MailTest {

    @Autowired
    SupportService support;

    @Autowired
    PortalService portal;

    @Autowired
    JdbcTemplate jdbc;

    Client acme;

    @BeforeEach
    void setUp() {
        acme = testData.company("Acme SARL", "acme@test.example");
        testData.setPortalSections(acme, PortalSections.ALL);
        acme = testData.reload(acme);
        acme.setLanguage("fr");
        acme.setOwnerId(testData.accountId(TestData.STAFF));
        acme = testData.save(acme);
        testData.linkClientUser(TestData.CLIENT_USER, acme);
        jdbc.update("update user_accounts set language = 'de' where username = ?", TestData.STAFF);
    }

    @Test
    void a_clients_message_reaches_the_owner_in_german_and_the_staff_reply_reaches_the_client_in_french()
            throws Exception {
        actAsAccount(TestData.CLIENT_USER);
        long id = portal.openSupportRequest("Facture en double", "J’ai reçu <b>deux</b> factures.", null, null)
                .id();

        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage toStaff = smtp.getReceivedMessages()[0];
        assertThat(toStaff.getAllRecipients()[0].toString()).isEqualTo("staff@test.example");
        assertThat(toStaff.getSubject()).isEqualTo("Supportanfrage #" + id + " von Acme SARL: Facture en double");
        assertThat(toStaff.getContent().toString())
                .contains("Hallo Sam Staff", "J’ai reçu <b>deux</b> factures.", "/support/" + id);

        actAsAccount(TestData.STAFF);
        support.reply(id, "Nous avons annulé la seconde.", null);

        assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
        MimeMessage toClient = smtp.getReceivedMessages()[1];
        assertThat(toClient.getAllRecipients()[0].toString()).isEqualTo("clientuser@test.example");
        assertThat(toClient.getSubject())
                .isEqualTo("Réponse à votre demande d’assistance n° " + id + " : Facture en double");
        assertThat(toClient.getContent().toString())
                .contains("Bonjour Carl Client", "Sam Staff a répondu", "Nous avons annulé la seconde.")
                .contains("/portal/support/" + id);
        // Each message was claimed once for its e-mail.
        assertThat(jdbc.queryForObject(
                        "select count(*) from support_messages where request_id = ? and notified_at is not null",
                        Long.class,
                        id))
                .isEqualTo(2L);
    }

    @Test
    void the_assignee_hears_of_a_clients_reply_instead_of_the_owner_in_english_and_a_refused_reply_sends_nothing()
            throws Exception {
        testData.staffAccount("olga", "Olga Otto");
        actAsAccount(TestData.CLIENT_USER);
        long id = portal.openSupportRequest("Question", "First", null, null).id();
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        actAsAccount(TestData.STAFF);
        support.assign(id, testData.accountId("olga"));

        actAsAccount(TestData.CLIENT_USER);
        try {
            portal.replyToSupportRequest(id, " ", null);
        } catch (RuntimeException expected) {
            // refused: required message
        }
        portal.replyToSupportRequest(id, "Second", null);

        assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo("olga@test.example");
        assertThat(received[1].getSubject()).isEqualTo("Support request #" + id + " from Acme SARL: Question");
        assertThat(received[1].getContent().toString()).contains("Hello Olga Otto", "Second");
    }

    @Test
    void a_mail_failure_keeps_the_message_and_leaves_it_marked_as_not_announced() {
        mailServerDown();
        actAsAccount(TestData.CLIENT_USER);
        long id = portal.openSupportRequest("Mail is down", "Still saved?", null, null)
                .id();

        assertThat(portal.supportRequest(id).messages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from support_messages where request_id = ? and notified_at is null",
                        Long.class,
                        id))
                .isEqualTo(1L);
    }
}
