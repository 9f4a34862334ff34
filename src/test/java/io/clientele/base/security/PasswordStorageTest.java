package io.clientele.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** ASVS V6.2 / V11.4: passwords are stored with bcrypt cost 12 behind Spring's DelegatingPasswordEncoder. */
class PasswordStorageTest extends SpringTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void new_hashes_are_prefixed_bcrypt_with_cost_twelve_and_long_passwords_are_not_truncated() {
        String longPassword = "a very long passphrase that goes well beyond seventy-two bytes of bcrypt input x1";
        String hash = encoder.encode(longPassword);
        assertThat(hash).startsWith("{bcrypt-sha256}$2a$12$");
        assertThat(encoder.matches(longPassword, hash)).isTrue();
        // Differs only after byte 72: plain bcrypt would accept it.
        assertThat(encoder.matches(longPassword.substring(0, longPassword.length() - 1) + "2", hash))
                .isFalse();
    }

    @Test
    void old_plain_bcrypt_hashes_still_verify_through_the_delegating_encoder() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder(12).encode("an older password");
        assertThat(encoder.matches("an older password", legacy)).isTrue();
        assertThat(encoder.upgradeEncoding(legacy)).isTrue();
    }
}
