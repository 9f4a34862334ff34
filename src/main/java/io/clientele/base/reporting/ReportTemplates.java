package io.clientele.base.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The compiled templates under {@code reports/} on the classpath (the project's top-level {@code reports/} folder).
 * Every template is compiled once when the application starts: compiling takes far longer than filling, and a broken
 * template then stops the start-up instead of a client's download.
 */
@Component
public class ReportTemplates {

    static final String LOCATION = "reports/";

    private static final Logger log = LoggerFactory.getLogger(ReportTemplates.class);

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    ReportTemplates() throws IOException {
        Resource[] sources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResources("classpath*:" + LOCATION + "*.jrxml");
        for (Resource source : sources) {
            String filename = source.getFilename();
            if (filename != null) {
                String name = filename.substring(0, filename.length() - ".jrxml".length());
                compiled.put(name, compile(name, source));
            }
        }
        log.info("Compiled {} report templates: {}", compiled.size(), compiled.keySet());
    }

    /** The compiled template {@code reports/<name>.jrxml}. */
    public JasperReport get(String name) {
        JasperReport report = compiled.get(name);
        if (report == null) {
            throw new IllegalArgumentException("No report template " + LOCATION + name + ".jrxml");
        }
        return report;
    }

    private static JasperReport compile(String name, Resource source) throws IOException {
        try (InputStream in = source.getInputStream()) {
            return JasperCompileManager.compileReport(in);
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + name + " does not compile", e);
        }
    }
}
