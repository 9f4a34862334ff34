package io.clientele.base.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A browser that has logged in to an account before (OWASP "device cookies"): after a successful login it gets an
 * HttpOnly cookie holding an HMAC of the username, and {@link LoginThrottle} then lets it past the username's
 * all-addresses count, so guessing from elsewhere never keeps the real user out of their own browser. The cookie
 * proves nothing but an earlier login; the password is still checked and the per-address limits still apply.
 *
 * <p>The key is {@code clientele.security.device-key} (Base64, set the same on every node behind a load balancer) or
 * a random one per start, which only makes known browsers count as new after a restart.
 */
@Component
public class DeviceCookie {

    static final String NAME = "clientele-device";
    private static final Duration LIFETIME = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    DeviceCookie(@Value("${clientele.security.device-key:}") String configuredKey) {
        if (configuredKey.isBlank()) {
            key = new byte[32];
            RANDOM.nextBytes(key);
        } else {
            key = Base64.getDecoder().decode(configuredKey.strip());
        }
    }

    /** Whether the request carries the cookie of an earlier login to this username. */
    public boolean isKnown(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        byte[] expected = mac(username).getBytes(StandardCharsets.US_ASCII);
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())
                    && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /** Marks the browser as one that logged in to this username. */
    void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        Cookie cookie = new Cookie(NAME, mac(username));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/login");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    private String mac(String username) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest =
                    hmac.doFinal(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
