package io.clientele.base.security;

/**
 * "Forgot password" from the login page. Implemented by the account feature; the login view only hands over what
 * the visitor typed and always shows the same answer, so the page never tells which accounts exist.
 */
public interface PasswordResetRequests {

    /** Sends a set-password link if an enabled account has this username or e-mail; otherwise does nothing. */
    void request(String usernameOrEmail);
}
