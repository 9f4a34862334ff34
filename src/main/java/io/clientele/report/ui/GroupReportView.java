package io.clientele.report.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.ViewHeader;
import io.clientele.report.GroupReportRow;
import io.clientele.report.ReportService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Invoiced, paid and outstanding per client group and currency for a period, with a CSV download. */
@Route("reports/groups")
@Menu(order = 70, icon = "vaadin:chart", title = "report.nav.groups")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class GroupReportView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    // Not lazy: one row per group and currency, a handful, already aggregated in SQL.
    final Grid<GroupReportRow> grid = new Grid<>();
    final Anchor csv;
    final Anchor pdf;

    private final ReportService reports;

    public GroupReportView(ReportService reports, Clock clock) {
        this.reports = reports;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setId("report-from");
        from.setLabel(getTranslation("report.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("report-to");
        to.setLabel(getTranslation("report.to"));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        csv = Downloads.link(getTranslation("report.csv"), "group-report.csv", "text/csv",
                () -> reports.groupReportCsv(start(), end(), header(), getTranslation("report.no-group"))
                        .getBytes(StandardCharsets.UTF_8));
        csv.setId("report-csv");
        pdf = Downloads.link(getTranslation("report.pdf"), "group-report.pdf", Downloads.PDF,
                () -> reports.groupReportPdf(start(), end(), getLocale()));
        pdf.setId("report-pdf");

        grid.setId("group-report-grid");
        grid.addColumn(r -> r.group() == null ? getTranslation("report.no-group") : r.group()).setKey("group")
                .setHeader(getTranslation("report.column.group"));
        grid.addColumn(GroupReportRow::currency).setKey("currency").setHeader(getTranslation("report.column.currency"));
        grid.addColumn(GroupReportRow::clients).setKey("clients").setHeader(getTranslation("report.column.clients"));
        grid.addColumn(GroupReportRow::invoices).setKey("invoices")
                .setHeader(getTranslation("report.column.invoices"));
        grid.addColumn(r -> money(r.invoiced(), r.currency())).setKey("invoiced")
                .setHeader(getTranslation("report.column.invoiced"));
        grid.addColumn(r -> money(r.paid(), r.currency())).setKey("paid")
                .setHeader(getTranslation("report.column.paid"));
        grid.addColumn(r -> money(r.outstanding(), r.currency())).setKey("outstanding")
                .setHeader(getTranslation("report.column.outstanding"));

        ViewHeader header = new ViewHeader(getTranslation("report.groups.title"));
        header.add(from, to, csv, pdf);
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        boolean valid = !end().isBefore(start());
        csv.setEnabled(valid);
        pdf.setEnabled(valid);
        grid.setItems(valid ? reports.groupReport(start(), end()) : List.of());
    }

    private LocalDate start() {
        return from.getValue() == null ? LocalDate.of(1970, 1, 1) : from.getValue();
    }

    private LocalDate end() {
        return to.getValue() == null ? LocalDate.of(9999, 12, 31) : to.getValue();
    }

    private List<String> header() {
        return List.of(getTranslation("report.column.group"), getTranslation("report.column.currency"),
                getTranslation("report.column.clients"), getTranslation("report.column.invoices"),
                getTranslation("report.column.invoiced"), getTranslation("report.column.paid"),
                getTranslation("report.column.outstanding"));
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.groups.title") + " · " + getTranslation("app.name");
    }
}
