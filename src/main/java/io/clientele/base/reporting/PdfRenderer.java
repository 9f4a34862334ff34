package io.clientele.base.reporting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills a cached template with parameters and getter-based rows and exports it to PDF. Labels come from the
 * template's bundle ({@code reports/<name>.properties}, {@code <name>_de.properties}, …) in the given locale.
 */
@Component
public class PdfRenderer {

    private final ReportTemplates templates;

    PdfRenderer(ReportTemplates templates) {
        this.templates = templates;
    }

    /**
     * The PDF of template {@code name}: its parameters, one detail band per row (maps from field name to value, or
     * JavaBeans with getters; records are not seen by bean data sources), labels in {@code locale}.
     */
    public byte[] render(String name, Map<String, ?> parameters, Collection<?> rows, Locale locale) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, locale);
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels(name, locale));
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get(name), all, dataSource(rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("Report " + name + " could not be rendered", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static JRDataSource dataSource(Collection<?> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(Map.class::isInstance)
                ? new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows)
                : new JRBeanCollectionDataSource(rows);
    }

    /** The labels of a template; no fallback to the JVM's default locale, so English is the base bundle. */
    public static ResourceBundle labels(String name, Locale locale) {
        return ResourceBundle.getBundle(
                ReportTemplates.LOCATION + name,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
