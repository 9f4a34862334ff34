package io.clientele.base.security;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart request whose file name the container refuses to parse (a NUL in {@code filename="…"}) gets one WARN
 * line and a 400 with a translated reason. Without this, the first {@code getParameter} in the filter chain throws
 * Tomcat's {@code InvalidFileNameException}, and the container logs it twice at ERROR with full stack traces, once for
 * the servlet and once for the error page that fails the same way (issue 23, item 9). Ahead of Spring Security, whose CSRF
 * matcher reads {@code v-r} and so parses the body before authorization: an anonymous script gets the same answer. It
 * parses nothing itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadFileNameFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadFileNameFilter.class);
    static final String MESSAGE_KEY = "upload.error.file-name";

    private final I18NProvider translations;

    UploadFileNameFilter(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedByFileName(e)) {
                throw e;
            }
            log.warn(
                    "Refused a multipart {} {} from {}: a file name with a NUL character",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr());
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream()
                        .write(translations
                                .getTranslation(MESSAGE_KEY, request.getLocale())
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Tomcat's and commons-fileupload's refusal of a NUL in a file name, however deep it is wrapped. */
    static boolean causedByFileName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
                return true;
            }
        }
        return false;
    }
}
