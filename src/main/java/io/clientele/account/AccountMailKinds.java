package io.clientele.account;

import io.clientele.base.mail.BundleMailTemplateKind;
import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTemplateKind;
import io.clientele.client.ClientDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The welcome and set-password e-mails as templates the business may change (Settings → E-mail templates); the
 * built-in texts are the {@code template.*} keys of {@code account-mail/messages*.properties}.
 */
@Configuration(proxyBeanMethods = false)
class AccountMailKinds {

    static final String BUNDLE = "account-mail.messages";
    static final String WELCOME = "welcome";
    static final String RESET = "password-reset";

    private static final List<MailTemplateKind.Placeholder> PLACEHOLDERS =
            BundleMailTemplateKind.named("{client.name}", "{account.username}", "{password.link}", "{login.link}");

    @Bean
    MailTemplateKind welcomeMail(UserAccountRepository accounts, ClientDirectory clients, MailIdentity identity) {
        return new BundleMailTemplateKind(
                WELCOME,
                10,
                "mail.kind." + WELCOME,
                BUNDLE,
                "template.welcome",
                PLACEHOLDERS,
                locale -> sample(accounts, clients, identity));
    }

    @Bean
    MailTemplateKind resetMail(UserAccountRepository accounts, ClientDirectory clients, MailIdentity identity) {
        return new BundleMailTemplateKind(
                RESET,
                20,
                "mail.kind." + RESET,
                BUNDLE,
                "template.reset",
                PLACEHOLDERS,
                locale -> sample(accounts, clients, identity));
    }

    /** The values of a mail to {@code account}: its client's name (else its own), its username and the two links. */
    static Map<String, String> values(String name, String username, String passwordUrl, MailIdentity identity) {
        Map<String, String> values = new HashMap<>();
        values.put("{client.name}", name);
        values.put("{account.username}", username);
        values.put("{password.link}", passwordUrl);
        values.put("{login.link}", identity.url("login"));
        return values;
    }

    // The newest Client Center login; its link is a stand-in, since a preview must not issue a working one.
    private static Optional<Map<String, String>> sample(
            UserAccountRepository accounts, ClientDirectory clients, MailIdentity identity) {
        return accounts.findFirstByClientIdIsNotNullOrderByIdDesc()
                .map(a -> values(
                        clients.name(java.util.Objects.requireNonNull(a.getClientId()))
                                .orElse(a.getDisplayName()),
                        a.getUsername(),
                        identity.url(PasswordLinks.PATH + "/…"),
                        identity));
    }
}
