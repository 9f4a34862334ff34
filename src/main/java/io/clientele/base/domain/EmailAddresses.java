package io.clientele.base.domain;

/** What every e-mail field accepts beyond {@code @Email}, which lets {@code a@b} through. */
public final class EmailAddresses {

    /**
     * A domain of at least two labels ({@code example.com}): a mail for {@code a@b} reaches nobody on the internet, so a
     * typo there is caught on the form rather than at the first reminder. Use as {@code @Email(regexp = ...)}.
     */
    public static final String PATTERN = "[^@]+@[^@.\\s]+(\\.[^@.\\s]+)+";

    private EmailAddresses() {}
}
