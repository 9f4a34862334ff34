package io.clientele.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

    private static final Set<String> KNOWN = Set.of("client.name", "invoice.number", "public.link");

    private static MailTemplateText template(String subject, String body) {
        return new MailTemplateText(subject, body);
    }

    @Test
    void unknown_placeholders_are_refused_and_listed() {
        assertThatThrownBy(() -> MailTemplate.check(
                        template("Invoice {invoice.number}", "Hello {client.nam},\n{invoice.total} {client.nam}"),
                        KNOWN))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("mail.template.body.unknown");
                    assertThat(e.getArguments()).containsExactly("{client.nam}, {invoice.total}");
                });
        assertThatThrownBy(() -> MailTemplate.check(template("Invoice {number}", "Hello"), KNOWN))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("mail.template.subject.unknown"));
    }

    @Test
    void markup_of_any_kind_is_refused_in_the_body() {
        for (String body : new String[] {
            "Hi <script>alert(1)</script>", "<img src=\"https://evil.example/x.png\">", "<b>bold</b>", "a <!-- c -->"
        }) {
            assertThatThrownBy(() -> MailTemplate.check(template("S", body), KNOWN))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("mail.template.body.markup"));
        }
        MailTemplate.check(template("S", "Amount < 5 and 7 > 3, see {public.link}"), KNOWN);
    }

    @Test
    void apostrophes_and_braces_that_name_no_placeholder_are_plain_text() {
        MailTemplateText t = template("It's {invoice.number}", "Don't {Forget} {{client.name}} '{client.name}' {0}");
        MailTemplate.check(new MailTemplateText(t.subject(), "Don't worry, {client.name} {0} { x }"), KNOWN);

        String body = MailTemplate.renderBody(t.body(), Map.of("{client.name}", "Anna"));

        assertThat(MailTemplate.renderSubject(t.subject(), Map.of("{invoice.number}", "R-1")))
                .isEqualTo("It's R-1");
        assertThat(body).isEqualTo("Don't {Forget} {Anna} 'Anna' {0}");
    }

    @Test
    void values_are_substituted_once_and_cannot_inject_placeholders() {
        String body = MailTemplate.renderBody(
                "Hello {client.name}, {invoice.number}",
                Map.of("{client.name}", "{invoice.number}", "{invoice.number}", "R-7"));

        assertThat(body).isEqualTo("Hello {invoice.number}, R-7");
    }

    @Test
    void a_value_with_line_breaks_stays_on_the_subject_line_and_is_capped() {
        String subject = MailTemplate.renderSubject(
                "Invoice {invoice.number} for {client.name}",
                Map.of("{invoice.number}", "R-1\r\nBcc: victim@example.com", "{client.name}", "x".repeat(500)));

        assertThat(subject).doesNotContain("\r").doesNotContain("\n").startsWith("Invoice R-1 Bcc: victim@example.com");
        assertThat(subject.length()).isLessThanOrEqualTo(MailTemplate.SUBJECT_MAX);
        assertThat(subject).endsWith("x".repeat(MailTemplate.SUBJECT_VALUE_MAX));
    }

    @Test
    void a_line_naming_a_missing_value_is_left_out_without_leaving_extra_blank_lines() {
        String body = MailTemplate.renderBody(
                "Hello {client.name},\n\nView online:\n{public.link}\n\nFee {invoice.number}\n{invoice.number}\n\nBye\n",
                Map.of("{client.name}", "Anna", "{public.link}", "https://x.example/1"));

        assertThat(body).isEqualTo("Hello Anna,\n\nView online:\nhttps://x.example/1\n\nBye\n");
    }
}
