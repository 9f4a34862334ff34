package io.clientele.account.ui;

import io.clientele.account.PasswordLinks;
import io.clientele.account.UserAccount;
import io.clientele.base.ui.Notifications;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands a new Client Center login its set-password link: by e-mail, or shown once when no SMTP server delivers. */
final class Welcome {

    private static final Logger LOG = LoggerFactory.getLogger(Welcome.class);

    private Welcome() {}

    static void send(PasswordLinks links, UserAccount account) {
        long id = Objects.requireNonNull(account.getId());
        if (!links.mailDelivers()) {
            // No SMTP server: the administrator copies the link from here, the only place it is ever shown.
            new LinkDialog(links.issueLink(id), account.getDisplayName()).open();
            return;
        }
        try {
            links.sendWelcome(id);
        } catch (RuntimeException e) {
            LOG.warn("Welcome e-mail for account {} failed", id, e);
            Notifications.error(Notifications.t("account.send-link.failed"));
            return;
        }
        Notifications.success(Notifications.t("account.send-link.sent", account.getEmail()));
    }
}
