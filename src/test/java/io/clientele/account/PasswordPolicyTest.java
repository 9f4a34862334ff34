package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** ASVS V6.2: length over composition, and the common-password list, without a Spring context. */
class PasswordPolicyTest {

    private static List<String> shippedList() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void the_shipped_list_holds_at_least_100000_distinct_common_passwords() throws Exception {
        List<String> list = shippedList();
        assertThat(list.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count())
                .isGreaterThanOrEqualTo(PasswordPolicy.COMMON_LIST_SIZE_AT_LEAST);
        assertThat(list).contains("123456", "password", "qwerty", "1qaz2wsx3edc");
    }

    @Test
    void every_password_on_the_list_is_refused_whatever_its_case() throws Exception {
        for (String common : shippedList()) {
            assertThat(PasswordPolicy.problem(common, "someone", null))
                    .as(common)
                    .isNotNull();
            assertThat(PasswordPolicy.problem(common.toUpperCase(Locale.ROOT), "someone", null))
                    .as(common)
                    .isNotNull();
        }
    }

    @Test
    void a_long_common_password_is_refused_with_its_own_clear_message() {
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc", "someone", null)).isEqualTo("account.password.common");
        assertThat(PasswordPolicy.problem("1QAZ2WSX3EDC", "someone", null)).isEqualTo("account.password.common");
        assertThat(PasswordPolicy.problem("123qweasdzxc", "someone", null)).isEqualTo("account.password.common");
    }

    @Test
    void twelve_characters_of_any_kind_pass_and_no_composition_is_required() {
        assertThat(PasswordPolicy.problem("elevenchars", "someone", null)).isEqualTo("account.password.too-short");
        assertThat(PasswordPolicy.problem("lowercaseonlyx", "someone", null)).isNull();
        assertThat(PasswordPolicy.problem("ünïcödé wörds 🙂", "someone", null)).isNull();
    }

    @Test
    void passwords_of_64_and_128_characters_are_accepted_and_129_refused() {
        assertThat(PasswordPolicy.problem("a quiet river ".repeat(5).substring(0, 64), "someone", null))
                .isNull();
        assertThat(PasswordPolicy.problem("x7 long passphrase ".repeat(7).substring(0, 128), "someone", null))
                .isNull();
        assertThat(PasswordPolicy.problem("y".repeat(129), "someone", null)).isEqualTo("account.password.too-long");
    }

    @Test
    void guessable_passwords_are_refused_with_the_reason() {
        // Issue 23: each of these passed the length rule and the common list before.
        assertThat(PasswordPolicy.problem("password123456", "someone", null)).isEqualTo("account.password.weak.common");
        assertThat(PasswordPolicy.problem("zzzzzzzzzzzz", "someone", null)).isEqualTo("account.password.weak.repeated");
        assertThat(PasswordPolicy.problem("abcabcabcabc", "someone", null)).isEqualTo("account.password.weak.repeated");
        assertThat(PasswordPolicy.problem("qwertyuiopas", "someone", null)).isEqualTo("account.password.weak.keyboard");
        assertThat(PasswordPolicy.problem("asdfghjkl;'#", "someone", null)).isNotNull();
        assertThat(PasswordPolicy.problem("abcdefghijklm", "someone", null))
                .isEqualTo("account.password.weak.sequence");
        assertThat(PasswordPolicy.problem("987654321098", "someone", null)).isNotNull();
        assertThat(PasswordPolicy.problem("clientele-2026", "someone", null))
                .isEqualTo("account.password.weak.context");
        assertThat(PasswordPolicy.problem("admin-clientele", "someone", null))
                .isEqualTo("account.password.weak.context");
        assertThat(PasswordPolicy.problem("Jane.Doe.2026!", "jdoe", "jane.doe@example.com"))
                .isEqualTo("account.password.weak.context");
    }

    @Test
    void passphrases_and_random_passwords_still_pass_without_composition_rules() {
        for (String good : List.of(
                "correct horse battery",
                "a long enough passphrase",
                "Violet harbour lanterns 7",
                "mi casa es tu casa siempre",
                "kT9#vq2Lm!xw",
                "zebra-quilt-mango-ferry")) {
            assertThat(PasswordPolicy.problem(good, "someone", "someone@example.com"))
                    .as(good)
                    .isNull();
        }
    }
}
