package io.clientele.account.ui;

import io.clientele.account.AccountService;
import io.clientele.account.PasswordLinks;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.contact.ui.ContactAction;
import org.springframework.stereotype.Component;

/** A contact's Options → "Client Center access": administrators give the contact a login or change its permissions. */
@Component
class ClientCenterAccessAction implements ContactAction {

    private final AccountService accounts;
    private final PasswordLinks links;
    private final CurrentUser user;

    ClientCenterAccessAction(AccountService accounts, PasswordLinks links, CurrentUser user) {
        this.accounts = accounts;
        this.links = links;
        this.user = user;
    }

    @Override
    public String labelKey() {
        return "contactlogin.menu";
    }

    @Override
    public String id() {
        return "contact-client-center";
    }

    @Override
    public boolean visible() {
        return user.hasRole(Roles.ADMIN);
    }

    @Override
    public void run(long clientId, long contactId, String contactName, Runnable afterChange) {
        new ContactLoginDialog(
                        accounts,
                        links,
                        clientId,
                        contactId,
                        contactName,
                        accounts.loginOf(contactId).orElse(null),
                        afterChange)
                .open();
    }
}
