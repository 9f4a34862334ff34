package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import io.clientele.account.PasswordLinks;
import io.clientele.base.security.ForgotPasswordDialogAccess;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.contact.ClientChoice;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The welcome e-mail over real SMTP and its single-use, expiring set-password link. */
class WelcomeMailTest extends MailTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordLinks links;

    @Test
    void a_new_client_account_gets_a_welcome_in_the_client_language_whose_link_works_once() throws Exception {
        Client kunde = testData.reload(testData.company("Kunde GmbH", "info@kunde.example"));
        testData.contact(kunde, "Ines", "Kunde", c -> c.setEmail("info@kunde.example"));
        kunde.setLanguage("de");
        testData.save(kunde);
        login(TestData.ADMIN);
        navigate("accounts", AccountListView.class);
        ButtonKt._click(_get(Button.class, s -> s.withId("account-new-client")));
        AccountDialog dialog = _get(AccountDialog.class);
        userSets(dialog.client, new ClientChoice(kunde.getId(), "Kunde GmbH", "info@kunde.example"));
        userSets(dialog.contact, (io.clientele.contact.ContactRow)
                ComboBoxKt.getSuggestionItems(dialog.contact).getFirst());
        userSets(dialog.sendLink, true);
        ButtonKt._click(dialog.save);
        assertThat(notificationTexts())
                .as(dialog.username.getErrorMessage() + "|" + dialog.email.getErrorMessage() + "|"
                        + dialog.username.getValue())
                .anyMatch(n -> n.contains(t("account.send-link.sent", "info@kunde.example")));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("info@kunde.example");
        assertThat(received[0].getSubject()).isEqualTo("Ihr Zugang zum Kundenportal für Kunde GmbH");
        String body = received[0].getContent().toString();
        assertThat(body).contains("Kunde GmbH").contains("https://billing.clientele.test/login");
        String token = token(body);
        assertThat(jdbc.queryForList("select token_hash from password_tokens", String.class))
                .containsExactly(sha256(token));

        logout();
        navigate("set-password/" + token, SetPasswordView.class);
        SetPasswordView view = _get(SetPasswordView.class);
        userSets(view.password, "too short");
        userSets(view.confirm, "too short");
        ButtonKt._click(view.save);
        assertThat(view.password.isInvalid()).isTrue();
        String longest = "my very own passphrase ".repeat(6).substring(0, 128);
        userSets(view.password, longest);
        userSets(view.confirm, longest);
        ButtonKt._click(view.save);
        _get(Paragraph.class, s -> s.withId("set-password-done"));
        String hash = jdbc.queryForObject(
                "select password_hash from user_accounts where username = ?", String.class, "info@kunde.example");
        assertThat(passwordEncoder.matches(longest, hash)).isTrue();
        assertThat(passwordEncoder.matches(longest.substring(0, 127), hash)).isFalse();

        UI.getCurrent().navigate("set-password/" + token);
        _get(Paragraph.class, s -> s.withId("set-password-invalid"));
        assertThat(links.isValid(token)).isFalse();
    }

    @Test
    void an_expired_or_unknown_link_is_refused() throws Exception {
        Client acme = testData.company("Acme", "acme@test.example");
        testData.clientAccount("acmeuser", acme);
        SystemAuthentication.run(() -> links.sendWelcome(testData.accountId("acmeuser")));
        String token = token(smtp.getReceivedMessages()[0].getContent().toString());
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Your Client Center access for Acme");
        assertThat(links.isValid(token)).isTrue();
        jdbc.update(
                "update password_tokens set expires_at = ?",
                Timestamp.from(Instant.now().minusSeconds(1)));
        UI.getCurrent().navigate("set-password/" + token);
        _get(Paragraph.class, s -> s.withId("set-password-invalid"));
        UI.getCurrent().navigate("set-password/" + token + "x");
        _get(Paragraph.class, s -> s.withId("set-password-invalid"));
    }

    @Test
    void forgot_password_sends_a_working_link_to_a_known_address_and_answers_the_same_for_an_unknown_one()
            throws Exception {
        for (String typed : new String[] {"nobody@nowhere.example", "STAFF@test.example"}) {
            UI.getCurrent().navigate("login");
            LoginFormKt._forgotPassword(LocatorJ._get(LoginForm.class));
            var dialog = LocatorJ._get(ForgotPasswordDialogAccess.dialogClass());
            ForgotPasswordDialogAccess.type(dialog, typed);
            assertThat(notificationTexts())
                    .as(typed)
                    .anyMatch(t -> t.contains("If an account matches, a link to set a new password is on its way"));
            NotificationsKt.clearNotifications();
        }
        // The mail goes out off the request thread: the answer does not wait for it (nor tell whether one is sent).
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        Thread.sleep(300);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("staff@test.example");
        assertThat(received[0].getSubject()).isEqualTo("Set a new password for your Client Center access");
        assertThat(links.isValid(token(received[0].getContent().toString()))).isTrue();
    }

    @Test
    void forgot_password_answers_at_once_sends_at_most_three_mails_an_hour_and_only_the_newest_link_works()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            links.request("staff@test.example");
            assertThat((System.nanoTime() - start) / 1_000_000)
                    .as("request " + i + " ms")
                    .isLessThan(1000);
        }
        assertThat(smtp.waitForIncomingEmail(20_000, 3)).isTrue();
        Thread.sleep(1500);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("mails for 5 requests within the hour").hasSize(3);
        String older = token(received[0].getContent().toString());
        String newest = token(received[2].getContent().toString());
        assertThat(links.isValid(older)).as("an older link").isFalse();
        assertThat(links.isValid(newest)).as("the newest link").isTrue();
    }

    private static String token(String body) {
        Matcher m = Pattern.compile("/set-password/([A-Za-z0-9_-]+)").matcher(body.replace("=\r\n", ""));
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
