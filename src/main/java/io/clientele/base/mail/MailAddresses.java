package io.clientele.base.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What counts as an e-mail address a message may go to: one bare address ({@code name@example.com}, no display name,
 * no list), with a dot in the domain so that a typo like {@code anna@example} is caught before the server bounces it.
 */
public final class MailAddresses {

    /** RFC 5321's limit for a whole address. */
    public static final int MAX_LENGTH = 254;

    private MailAddresses() {}

    public static boolean isValid(@Nullable String address) {
        if (address == null || address.isBlank() || address.length() > MAX_LENGTH) {
            return false;
        }
        String trimmed = address.strip();
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            parsed.validate();
            String bare = parsed.getAddress();
            int at = bare.lastIndexOf('@');
            return parsed.getPersonal() == null
                    && bare.equals(trimmed)
                    && at > 0
                    && bare.indexOf('.', at) > at + 1
                    && !bare.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }

    /** The form addresses are compared in: trimmed, lower case (mailbox names are case-insensitive in practice). */
    public static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
