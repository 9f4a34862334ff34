package io.clientele.account;

import io.clientele.base.security.Roles;

/** What an account is; each type maps to exactly one security role. */
public enum AccountType {
    ADMIN(Roles.ADMIN),
    STAFF(Roles.STAFF),
    MANAGER(Roles.MANAGER),
    CLIENT(Roles.CLIENT);

    private final String role;

    AccountType(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }
}
