package io.clientele.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import io.clientele.account.PasswordLinks;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.client.Client;
import io.clientele.contact.ClientChoice;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Without an SMTP server (the log-only sender) the set-password link is handed to the administrator instead. The
 * suite's one Spring context has a (closed) SMTP server, so the sender is swapped for one that delivers nothing.
 */
class AccountLinkWithoutMailTest extends KaribuTest {

    @Autowired
    PasswordLinks links;

    private Object realMailer;

    @BeforeEach
    void noMailServer() {
        Object target = AopTestUtils.getTargetObject(links);
        realMailer = ReflectionTestUtils.getField(target, "mailer");
        ReflectionTestUtils.setField(target, "mailer", new Mailer() {
            @Override
            public void send(OutgoingMail mail) {
                throw new AssertionError("nothing may be sent without a mail server: " + mail.subject());
            }

            @Override
            public boolean delivers() {
                return false;
            }
        });
    }

    @AfterEach
    void mailServerBack() {
        Object target = AopTestUtils.getTargetObject(links);
        ReflectionTestUtils.setField(target, "mailer", realMailer);
    }

    @Test
    void without_a_mail_server_the_administrator_gets_a_set_password_link_once_that_works_once() {
        Client acme = testData.company("Acme", "billing@acme.example");
        testData.clientAccount("acmeuser", acme);
        login(TestData.ADMIN);
        AccountListView view = navigate("accounts", AccountListView.class);
        userSets(view.search, "acmeuser");

        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-link", GridKt._get(view.grid, 0));

        LinkDialog dialog = _get(LinkDialog.class);
        String url = dialog.link.getValue();
        assertThat(url).contains("/set-password/");
        assertThat(dialog.link.isReadOnly()).isTrue();
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(links.isValid(token)).isTrue();
        links.setPassword(token, "a long enough passphrase");
        assertThat(links.isValid(token)).isFalse();
    }

    @Test
    void a_client_account_created_with_a_link_shows_the_link_once_when_no_mail_goes_out() {
        Client acme = testData.company("Acme", "billing@acme.example");
        testData.contact(acme, "Bill", "Acme", c -> c.setEmail("billing@acme.example"));
        login(TestData.ADMIN);
        navigate("accounts", AccountListView.class);
        ButtonKt._click(_get(Button.class, s -> s.withId("account-new-client")));
        AccountDialog dialog = _get(AccountDialog.class);
        userSets(dialog.client, new ClientChoice(acme.getId(), "Acme", "billing@acme.example"));
        userSets(dialog.contact, (io.clientele.contact.ContactRow)
                ComboBoxKt.getSuggestionItems(dialog.contact).getFirst());
        userSets(dialog.sendLink, true);
        ButtonKt._click(dialog.save);

        String url = _get(LinkDialog.class).link.getValue();
        assertThat(links.isValid(url.substring(url.lastIndexOf('/') + 1))).isTrue();
    }
}
