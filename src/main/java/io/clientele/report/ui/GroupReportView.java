package io.clientele.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Background;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.ViewHeader;
import io.clientele.billing.BillingFormat;
import io.clientele.report.GroupReportRow;
import io.clientele.report.ReportService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per client group and currency for a period: clients, invoiced, paid, outstanding, average days to pay and share of
 * revenue, most valuable first, as a bar chart, a grid, CSV and PDF. The report is computed off the UI thread with a
 * progress indicator: over a large book it takes a while, and the UI stays usable meanwhile.
 */
@Route("reports/groups")
@Menu(order = 70, icon = "vaadin:chart", title = "report.nav.groups")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class GroupReportView extends VerticalLayout implements HasDynamicTitle {

    final ReportPeriod period;
    final Grid<GroupReportRow> grid = new Grid<>();
    final Div chart = new Div();
    final Div running = new Div();
    final Anchor csv;
    final Anchor pdf;

    private final ReportService reports;
    private final Background background;
    private int generation;

    public GroupReportView(ReportService reports, Background background, Clock clock) {
        this.reports = reports;
        this.background = background;
        setSizeFull();
        period = new ReportPeriod(this, clock, this::refresh);
        csv = Downloads.link(
                getTranslation("report.csv"),
                "group-report.csv",
                "text/csv",
                () -> reports.groupReportCsv(period.start(), period.end(), header(), getTranslation("report.no-group"))
                        .getBytes(StandardCharsets.UTF_8));
        csv.setId("report-csv");
        pdf = Downloads.link(
                getTranslation("report.pdf"),
                "group-report.pdf",
                Downloads.PDF,
                () -> reports.groupReportPdf(period.start(), period.end(), getLocale()));
        pdf.setId("report-pdf");

        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        running.add(new Span(getTranslation("report.running")), progress);
        running.setId("report-progress");
        running.addClassName("report-progress");
        running.setVisible(false);

        chart.setId("group-chart");
        chart.addClassName("bar-chart");

        grid.setId("group-report-grid");
        grid.addColumn(r -> r.group() == null ? getTranslation("report.no-group") : r.group())
                .setKey("group")
                .setHeader(getTranslation("report.column.group"))
                .setFlexGrow(2);
        // Figures at their full width and right-aligned (amounts were cut to "CZK 97,0…" at 1,400 px); the group
        // name takes what is left.
        grid.addColumn(GroupReportRow::currency).setKey("currency").setHeader(getTranslation("report.column.currency"));
        grid.addColumn(GroupReportRow::clients).setKey("clients").setHeader(getTranslation("report.column.clients"));
        grid.addColumn(GroupReportRow::invoices).setKey("invoices").setHeader(getTranslation("report.column.invoices"));
        grid.addColumn(r -> money(r.invoiced(), r.currency()))
                .setKey("invoiced")
                .setHeader(getTranslation("report.column.invoiced"));
        grid.addColumn(r -> money(r.paid(), r.currency()))
                .setKey("paid")
                .setHeader(getTranslation("report.column.paid"));
        grid.addColumn(r -> money(r.outstanding(), r.currency()))
                .setKey("outstanding")
                .setHeader(getTranslation("report.column.outstanding"));
        grid.addColumn(r -> r.averageDaysToPay() == null ? "–" : decimal(r.averageDaysToPay()))
                .setKey("days")
                .setHeader(getTranslation("report.column.days-to-pay"));
        grid.addColumn(r -> decimal(r.share()) + " %").setKey("share").setHeader(getTranslation("report.column.share"));
        for (String key : List.of("clients", "invoices", "invoiced", "paid", "outstanding", "days", "share")) {
            grid.getColumnByKey(key).setTextAlign(ColumnTextAlign.END);
        }
        for (String key :
                List.of("currency", "clients", "invoices", "invoiced", "paid", "outstanding", "days", "share")) {
            grid.getColumnByKey(key).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);

        ViewHeader header = new ViewHeader(getTranslation("report.groups.title"));
        header.add(period.from, period.to, csv, pdf);
        add(header, running, chart, grid);
        refresh();
    }

    /** Recomputes the report for the chosen period in the background; an answer to an older period is dropped. */
    private void refresh() {
        boolean valid = period.valid();
        csv.setEnabled(valid);
        pdf.setEnabled(valid);
        int mine = ++generation;
        if (!valid) {
            show(List.of());
            return;
        }
        setRunning(true);
        UI ui = UI.getCurrent();
        var from = period.start();
        var to = period.end();
        background.run(
                ui,
                () -> reports.groupReport(from, to),
                rows -> {
                    if (mine == generation) {
                        setRunning(false);
                        show(rows);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        setRunning(false);
                        Notifications.error(getTranslation("report.failed"));
                    }
                });
    }

    private void setRunning(boolean busy) {
        running.setVisible(busy);
        grid.setEnabled(!busy);
    }

    private void show(List<GroupReportRow> rows) {
        grid.setItems(rows);
        chart.removeAll();
        Map<String, List<GroupReportRow>> byCurrency = new LinkedHashMap<>();
        rows.forEach(r ->
                byCurrency.computeIfAbsent(r.currency(), c -> new ArrayList<>()).add(r));
        byCurrency.forEach((currency, currencyRows) -> {
            BigDecimal max = currencyRows.stream()
                    .map(GroupReportRow::invoiced)
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO);
            Div block = new Div(new H3(getTranslation("report.chart.title", currency)));
            block.addClassName("bar-chart-block");
            for (GroupReportRow r : currencyRows) {
                double width = max.signum() == 0 ? 0 : r.invoiced().doubleValue() / max.doubleValue() * 100;
                Div fill = new Div();
                fill.addClassName("bar-chart-fill");
                fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", width));
                Div track = new Div(fill);
                track.addClassName("bar-chart-track");
                Span label = new Span(r.group() == null ? getTranslation("report.no-group") : r.group());
                label.addClassName("bar-chart-label");
                Span value = new Span(money(r.invoiced(), currency) + " · " + decimal(r.share()) + " %");
                value.addClassName("bar-chart-value");
                Div bar = new Div(label, track, value);
                bar.addClassName("bar-chart-row");
                block.add(bar);
            }
            chart.add(block);
        });
        chart.setVisible(!rows.isEmpty());
    }

    private List<String> header() {
        return List.of(
                getTranslation("report.column.group"),
                getTranslation("report.column.currency"),
                getTranslation("report.column.clients"),
                getTranslation("report.column.invoices"),
                getTranslation("report.column.invoiced"),
                getTranslation("report.column.paid"),
                getTranslation("report.column.outstanding"),
                getTranslation("report.column.days-to-pay"),
                getTranslation("report.column.share"));
    }

    private String money(BigDecimal amount, String currency) {
        return BillingFormat.money(amount, currency, getLocale());
    }

    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.groups.title") + " · " + getTranslation("app.name");
    }
}
