package io.clientele.base.security;

/**
 * Role names as used in {@code @RolesAllowed} and stored in the accounts table. Spring Security sees them with
 * the {@code ROLE_} prefix.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String STAFF = "STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String CLIENT = "CLIENT";

    private Roles() {}
}
