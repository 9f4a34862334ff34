package io.clientele.base.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Picks the {@link Mailer}: SMTP through Spring Mail when {@code spring.mail.host} is set (Boot then configures the
 * {@link JavaMailSender} from {@code spring.mail.*}), else {@link LogMailer}, so that a fresh checkout runs without a
 * mail server and never mails anybody by accident.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    @Bean
    Mailer mailer(Environment environment, ObjectProvider<JavaMailSender> javaMailSender) {
        String host = environment.getProperty("spring.mail.host", "");
        return host.isBlank() ? new LogMailer() : new SmtpMailer(javaMailSender);
    }
}
