package io.clientele.client.ui;

import io.clientele.client.ClientLogos;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * Serves the client list's small logos at {@code /client-logos/{id}?v={version}}: a plain URL the list's row
 * template can name, so the browser fetches a logo only for the rows it shows (and only once: the version in the URL
 * changes with the logo, so the answer may be cached). Behind the same login as every page (the security filter
 * chain covers every path); a client the caller may not see has no logo for them, and the answer is 404.
 */
@Configuration
class ClientLogoServlet {

    static final String PATH = "/client-logos/";

    /** The URL of a client's list logo, or an empty image when it has none (the template then hides it). */
    static String thumbnailUrl(long clientId, long version) {
        return PATH + clientId + "?v=" + version;
    }

    @Bean
    ServletRegistrationBean<HttpServlet> clientLogoServletRegistration(ClientLogos logos) {
        ServletRegistrationBean<HttpServlet> registration =
                new ServletRegistrationBean<>(new Thumbnails(logos), PATH + "*");
        registration.setName("client-logos");
        return registration;
    }

    static final class Thumbnails extends HttpServlet {

        private final transient ClientLogos logos;

        Thumbnails(ClientLogos logos) {
            this.logos = logos;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Optional<byte[]> png;
            try {
                png = logos.thumbnail(Long.parseLong(
                        request.getPathInfo() == null
                                ? ""
                                : request.getPathInfo().substring(1)));
            } catch (NumberFormatException | AccessDeniedException e) {
                png = Optional.empty();
            }
            if (png.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/png");
            response.setContentLength(png.get().length);
            response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(png.get());
        }
    }
}
