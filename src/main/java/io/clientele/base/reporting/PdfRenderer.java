package io.clientele.base.reporting;

import java.io.ByteArrayOutputStream;
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
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
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

    /**
     * {@link #render} as PDF/A-1b (fonts embedded, sRGB output intent), the base a hybrid e-invoice is built on: an
     * embedding library turns it into PDF/A-3 with the XML attached.
     */
    public byte[] renderPdfA(String name, Map<String, ?> parameters, Collection<?> rows, Locale locale) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, locale);
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels(name, locale));
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get(name), all, dataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
            configuration.setIccProfilePath(ICC_PROFILE);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Report " + name + " could not be rendered as PDF/A", e);
        }
    }

    /** The sRGB colour profile PDF/A asks for as output intent (shipped with the e-invoice library). */
    private static final String ICC_PROFILE = "sRGB.icc";

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
