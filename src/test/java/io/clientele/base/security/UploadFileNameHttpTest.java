package io.clientele.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.clientele.support.HttpBrowser;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A multipart POST with a NUL in its file name, as a script (never a browser) sends it: before, Tomcat's refusal
 * surfaced from the first getParameter in the filter chain and was logged twice at ERROR with full stack traces (the
 * servlet, then the error page failing the same way); now one WARN line and a translated 400 (issue 23, item 9).
 */
class UploadFileNameHttpTest extends SpringTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void a_nul_in_an_upload_file_name_is_one_warning_and_a_translated_answer() throws Exception {
        HttpBrowser staff = new HttpBrowser(port);
        staff.login(TestData.STAFF, TestData.PASSWORD);
        log.list.clear();

        HttpResponse<String> response =
                staff.postFile("/VAADIN/dynamic/resource/0/any/upload", "invoice\u0000.pdf", PDF, "en-GB,en;q=0.8");

        System.out.printf(
                "NUL file name: %d log events, %d characters logged%n",
                log.list.size(),
                log.list.stream()
                        .mapToInt(e -> e.getFormattedMessage().length()
                                + (e.getThrowableProxy() == null
                                        ? 0
                                        : ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(e.getThrowableProxy())
                                                .length()))
                        .sum());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("The file name contains a character that cannot be stored (a NUL). Rename the file and"
                        + " upload it again.");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage())
                    .contains("NUL", "/VAADIN/dynamic/resource/0/any/upload")
                    .doesNotContain("invoice");
        });
    }

    @Test
    void the_answer_follows_the_browser_language_and_an_anonymous_script_gets_the_same_single_line() throws Exception {
        HttpBrowser staff = new HttpBrowser(port);
        staff.login(TestData.STAFF, TestData.PASSWORD);
        log.list.clear();

        HttpResponse<String> response = staff.postFile("/clients", "kunden\u0000.csv", PDF, "de-DE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Der Dateiname enthält ein Zeichen");
        assertThat(log.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));

        log.list.clear();
        HttpResponse<String> anonymous = new HttpBrowser(port).postFile("/clients", "kunden\u0000.csv", PDF, "fr-FR");
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.body()).startsWith("Le nom du fichier contient un caractère");
        assertThat(log.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
    }
}
