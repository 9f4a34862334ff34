package io.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Text responses go out gzip-compressed to browsers that accept it (issue 18), and only to those. */
class ResponseCompressionHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> getLogin(String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_page_is_gzipped_for_a_browser_that_accepts_it_and_plain_for_one_that_does_not() throws Exception {
        HttpResponse<byte[]> gzipped = getLogin("gzip, deflate, br");
        HttpResponse<byte[]> plain = getLogin(null);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(unzipped).contains("<html");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<html");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
    }
}
