package io.clientele.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * UI tests that send real e-mail: a GreenMail SMTP server on a free port per test, and the one Spring context's
 * sender pointed at it for the test's duration (its configured port is closed, so stray mail fails loudly).
 */
public abstract class MailTest extends KaribuTest {

    @RegisterExtension
    protected static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    private JavaMailSenderImpl javaMailSender;

    private int configuredPort;

    @BeforeEach
    void pointMailAtGreenMail() {
        configuredPort = javaMailSender.getPort();
        mailServerUp();
    }

    @AfterEach
    void restoreMailSender() {
        mailServerDown();
    }

    /** Sends go to the configured port, where nobody listens: delivery fails. */
    protected void mailServerDown() {
        javaMailSender.setPort(configuredPort);
    }

    /** Sends go to this test's GreenMail again. */
    protected void mailServerUp() {
        javaMailSender.setPort(smtp.getSmtp().getPort());
    }
}
