package io.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The one stylesheet is plain CSS with no build step: a missing brace silently swallows every rule after it (it once
 * hid the public invoice, portal and report styles), so its braces and comments are checked here.
 */
class StylesheetTest {

    @Test
    void braces_and_comments_balance_and_rules_never_nest() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"));
        String code = css.replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(code).doesNotContain("/*", "*/");
        int depth = 0;
        int line = 1;
        for (char c : code.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth)
                        .as("rule opened inside another rule near line %d", line)
                        .isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("closing brace without an opening one near line %d", line)
                        .isNotNegative();
            }
        }
        assertThat(depth).as("unclosed rule").isZero();
    }
}
