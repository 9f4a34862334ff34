package io.clientele.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/** Which sender the configuration picks, and which addresses pass. No Spring context needed. */
class MailConfigTest {

    private final DefaultListableBeanFactory noBeans = new DefaultListableBeanFactory();

    @Test
    void without_an_smtp_host_mail_is_only_logged_and_sending_never_fails() {
        Mailer mailer = new MailConfig().mailer(new MockEnvironment(), noBeans.getBeanProvider(JavaMailSender.class));

        assertThat(mailer).isInstanceOf(LogMailer.class);
        assertThatCode(() -> mailer.send(new OutgoingMail(
                        "from@example.com",
                        null,
                        List.of("to@example.com"),
                        List.of(),
                        List.of(),
                        "Subject",
                        "Body",
                        List.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void with_an_smtp_host_mail_goes_through_spring_mail() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com");

        assertThat(new MailConfig().mailer(environment, noBeans.getBeanProvider(JavaMailSender.class)))
                .isInstanceOf(SmtpMailer.class);
    }

    @Test
    void an_e_mail_needs_a_recipient() {
        assertThatThrownBy(() -> new OutgoingMail(
                        "from@example.com", null, List.of(), List.of(), List.of(), "S", "B", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_single_bare_addresses_with_a_dotted_domain_are_valid() {
        assertThat(List.of("anna@example.com", "a.b+tag@sub.example.co.uk", " anna@example.com "))
                .allMatch(MailAddresses::isValid);
        assertThat(List.of(
                        "",
                        "anna",
                        "anna@example",
                        "anna@@example.com",
                        "Anna <anna@example.com>",
                        "a@example.com, b@example.com",
                        "anna@example.com.",
                        "anna@.example.com",
                        "an na@example.com"))
                .noneMatch(MailAddresses::isValid);
        assertThat(MailAddresses.isValid("x".repeat(250) + "@example.com")).isFalse();
    }
}
