package io.clientele.support;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A browser as the real filter chain sees it: its own cookies, no redirects followed, and optionally its own loopback
 * address (127.0.0.x), so tests can tell an attacker's address from the user's.
 */
public final class HttpBrowser {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public HttpBrowser(int port) {
        this(port, "127.0.0.1");
    }

    public HttpBrowser(int port, String localAddress) {
        this.port = port;
        try {
            http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(InetAddress.getByName(localAddress))
                    .build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form; {@code headers} are extra request headers (Origin, Sec-Fetch-Site). */
    public HttpResponse<String> postLogin(String username, String password, Map<String, String> headers)
            throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page, then posts the form; returns where the answer sends the browser. */
    public String login(String username, String password) throws Exception {
        get("/login");
        return postLogin(username, password, Map.of())
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    /**
     * Posts one file as a browser's upload does (multipart/form-data, field {@code file}); the file name goes into the
     * part header as given, control characters included, which a browser would never send.
     */
    public HttpResponse<String> postFile(String path, String fileName, byte[] content, String language)
            throws Exception {
        String boundary = "----clientele" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .anyMatch(c -> c.getName().equals(name));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
