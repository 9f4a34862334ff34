package io.clientele.account;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.contact.ContactChanged;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a contact's Client Center login in step with the contact, inside the transaction that changed the contact:
 * the login takes the contact's name and e-mail, and a trashed contact's login is disabled, which ends its open
 * sessions on their next request ({@code DisabledAccountFilter}). Restoring the contact does not enable the login
 * again: an administrator decides that. A contact whose login needs its address cannot lose it, nor take an address
 * another account signs in with: the contact's change is refused.
 */
@Component
class ContactLogins {

    private final UserAccountRepository accounts;

    ContactLogins(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onContactChanged(ContactChanged change) {
        List<UserAccount> logins = accounts.findByContactId(change.contactId());
        if (logins.isEmpty()) {
            return;
        }
        if (!change.live()) {
            logins.forEach(a -> a.setEnabled(false));
            return;
        }
        String email = change.email();
        if (email == null || email.isBlank()) {
            throw new RuleViolationException("contactlogin.contact.email-required");
        }
        boolean newAddress = logins.stream().anyMatch(a -> !email.equalsIgnoreCase(a.getEmail()));
        if (newAddress && accounts.existsWithAddressBesides(email, change.contactId())) {
            throw new RuleViolationException("contactlogin.refused.email-taken", email);
        }
        for (UserAccount login : logins) {
            String name = change.name();
            login.setDisplayName(name.length() > UserAccount.NAME_MAX ? name.substring(0, UserAccount.NAME_MAX) : name);
            login.setEmail(email);
        }
    }
}
