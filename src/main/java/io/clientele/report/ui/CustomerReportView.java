package io.clientele.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.preferences.UserPreferences;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.ViewHeader;
import io.clientele.billing.BillingFormat;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldType;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.report.CurrencyTotal;
import io.clientele.report.CustomerReportFilter;
import io.clientele.report.CustomerReportRow;
import io.clientele.report.CustomerReportService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The general customer report: per client, what it was invoiced in a period, paid and still owes, and its last
 * invoice date; optionally one group only. Paged and sorted in SQL like the client list, with the totals per
 * currency below, and the same rows in the same order as CSV and PDF.
 */
@Route("reports/customers")
@Menu(order = 71, icon = "vaadin:table", title = "report.nav.customers")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class CustomerReportView extends VerticalLayout implements HasDynamicTitle {

    final ReportPeriod period;
    final ComboBox<ClientGroup> group = new ComboBox<>();
    /** Issue 22: count each subsidiary's invoices under its top-most parent company. */
    final Checkbox includeSubsidiaries = new Checkbox();

    // Issue 22: one client tag, with completion.
    final ComboBox<ClientTag> tag = new ComboBox<>();
    /** Issue 22: client custom fields added as columns, remembered per user. */
    final MultiSelectComboBox<CustomField> extraColumns = new MultiSelectComboBox<>();

    static final String EXTRA_COLUMNS_PREFERENCE = "customer-report-grid.extra-columns";
    final Grid<CustomerReportRow> grid = new Grid<>();
    final PagedGrid<CustomerReportRow> paged;
    final Div totals = new Div();
    final Anchor csv;
    final Anchor pdf;

    private final CustomerReportService reports;
    private final UserPreferences preferences;
    private final List<Grid.Column<CustomerReportRow>> addedColumns = new ArrayList<>();
    /** The custom values of the page on screen, read in one batch with the page (never per row). */
    private final Map<Long, Map<Long, Object>> pageValues = new HashMap<>();

    public CustomerReportView(
            CustomerReportService reports,
            ClientGroupService groups,
            ClientTags tags,
            UserPreferences preferences,
            Clock clock) {
        this.reports = reports;
        this.preferences = preferences;
        setSizeFull();
        period = new ReportPeriod(this, clock, this::refresh);
        group.setId("report-group");
        group.setLabel(getTranslation("report.column.group"));
        group.setPlaceholder(getTranslation("report.all-groups"));
        group.setClearButtonVisible(true);
        group.setItems(groups.all());
        group.setItemLabelGenerator(ClientGroup::getName);
        group.addValueChangeListener(e -> refresh());
        includeSubsidiaries.setId("report-include-subsidiaries");
        includeSubsidiaries.setLabel(getTranslation("parent.report.include-subsidiaries"));
        includeSubsidiaries.addValueChangeListener(e -> refresh());
        tag.setId("report-tag");
        tag.setLabel(getTranslation("tag.report.filter"));
        tag.setPlaceholder(getTranslation("tag.report.all"));
        tag.setClearButtonVisible(true);
        tag.setItems(query -> tags.suggest(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        tag.setItemLabelGenerator(ClientTag::getName);
        tag.addValueChangeListener(e -> refresh());

        csv = Downloads.streamingLink(
                getTranslation("report.csv"),
                "customer-report.csv",
                "text/csv",
                out -> reports.writeCsv(
                        filter(), sort(), header(), extraIds(), getLocale(), key -> getTranslation(key), out));
        csv.setId("report-csv");
        pdf = Downloads.link(
                getTranslation("report.pdf"),
                "customer-report.pdf",
                Downloads.PDF,
                () -> reports.pdf(filter(), sort(), extraIds(), getLocale()));
        pdf.setId("report-pdf");

        grid.setId("customer-report-grid");
        grid.addComponentColumn(r -> ClientOverviewView.link(r.client(), r.clientId()))
                .setKey("client")
                .setSortProperty("client")
                .setHeader(getTranslation("report.column.client"))
                .setFlexGrow(3);
        grid.addColumn(CustomerReportRow::currency)
                .setKey("currency")
                .setSortProperty("currency")
                .setHeader(getTranslation("report.column.currency"));
        grid.addColumn(CustomerReportRow::invoices)
                .setKey("invoices")
                .setSortProperty("invoices")
                .setHeader(getTranslation("report.column.invoices"));
        grid.addColumn(r -> BillingFormat.money(r.invoiced(), r.currency(), getLocale()))
                .setKey("invoiced")
                .setSortProperty("invoiced")
                .setHeader(getTranslation("report.column.invoiced"));
        grid.addColumn(r -> BillingFormat.money(r.paid(), r.currency(), getLocale()))
                .setKey("paid")
                .setSortProperty("paid")
                .setHeader(getTranslation("report.column.paid"));
        grid.addColumn(r -> BillingFormat.money(r.outstanding(), r.currency(), getLocale()))
                .setKey("outstanding")
                .setSortProperty("outstanding")
                .setHeader(getTranslation("report.column.outstanding"));
        grid.addColumn(r -> BillingFormat.date(r.lastInvoice(), getLocale()))
                .setKey("lastInvoice")
                .setSortProperty("lastInvoice")
                .setHeader(getTranslation("report.column.last-invoice"));
        grid.setEmptyStateText(getTranslation("report.customers.empty"));
        paged = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> period.valid() ? withValues(reports.customers(filter(), page)) : List.of(),
                        () -> period.valid() ? reports.countCustomers(filter()) : 0));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("client")).build());

        extraColumns.setId("report-extra-columns");
        extraColumns.setLabel(getTranslation("customfield.report.columns"));
        extraColumns.setPlaceholder(getTranslation("customfield.report.columns.none"));
        extraColumns.setItems(reports.extraColumns());
        extraColumns.setItemLabelGenerator(f -> reports.columnLabel(f, getLocale()));
        Set<String> remembered = preferences
                .get(EXTRA_COLUMNS_PREFERENCE)
                .map(v -> Set.of(v.split(",")))
                .orElse(Set.of());
        extraColumns.setValue(reports.extraColumns().stream()
                .filter(f -> remembered.contains(String.valueOf(f.getId())))
                .collect(Collectors.toSet()));
        showExtraColumns();
        extraColumns.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preferences.put(
                        EXTRA_COLUMNS_PREFERENCE,
                        String.join(
                                ",", extraIds().stream().map(String::valueOf).toList()));
            }
            showExtraColumns();
            paged.filterChanged();
        });

        totals.setId("report-totals");
        totals.addClassName("report-totals");

        var header = new ViewHeader(getTranslation("report.customers.title"));
        header.add(period.from, period.to, group, tag, includeSubsidiaries, extraColumns, csv, pdf);
        add(header, paged, totals);
        setFlexGrow(1, paged);
        refresh();
    }

    private void refresh() {
        boolean valid = period.valid();
        csv.setEnabled(valid);
        paged.filterChanged();
        totals.removeAll();
        if (!valid) {
            pdf.setEnabled(false);
            return;
        }
        CustomerReportFilter filter = filter();
        long rows = paged.getPagination().getTotal(); // counted by filterChanged() just now
        boolean pdfPossible = rows <= CustomerReportService.MAX_PDF_ROWS;
        pdf.setEnabled(pdfPossible);
        pdf.setTitle(
                pdfPossible
                        ? ""
                        : getTranslation("report.customers.too-many", rows, CustomerReportService.MAX_PDF_ROWS));
        for (CurrencyTotal t : reports.totals(filter)) {
            Span line = new Span(getTranslation(
                    "report.customers.total",
                    t.currency(),
                    t.clients(),
                    t.invoices(),
                    BillingFormat.money(t.invoiced(), t.currency(), getLocale()),
                    BillingFormat.money(t.paid(), t.currency(), getLocale()),
                    BillingFormat.money(t.outstanding(), t.currency(), getLocale())));
            line.addClassName("report-total");
            totals.add(line);
        }
    }

    /** The chosen extra columns' field ids, in the form's order. */
    private List<Long> extraIds() {
        return reports.extraColumns().stream()
                .filter(extraColumns.getValue()::contains)
                .map(CustomField::getId)
                .toList();
    }

    /** Issue 22: one column per chosen custom field, after the fixed ones, in the form's order. */
    private void showExtraColumns() {
        addedColumns.forEach(grid::removeColumn);
        addedColumns.clear();
        String yes = getTranslation("customfield.yes");
        String no = getTranslation("customfield.no");
        for (CustomField field : reports.extraColumns()) {
            if (!extraColumns.getValue().contains(field)) {
                continue;
            }
            long id = field.getId();
            addedColumns.add(grid.addColumn(r -> {
                        Object value =
                                pageValues.getOrDefault(r.clientId(), Map.of()).get(id);
                        return value == null ? "" : CustomFieldType.display(value, getLocale(), yes, no);
                    })
                    .setKey("cf-" + id)
                    .setHeader(reports.columnLabel(field, getLocale())));
        }
    }

    /** The page's rows, with their custom values read in one batch when extra columns are shown. */
    private List<CustomerReportRow> withValues(List<CustomerReportRow> rows) {
        pageValues.clear();
        if (!addedColumns.isEmpty()) {
            pageValues.putAll(reports.extraValues(rows));
        }
        return rows;
    }

    private CustomerReportFilter filter() {
        ClientGroup g = group.getValue();
        ClientTag t = tag.getValue();
        return new CustomerReportFilter(
                period.start(),
                period.end(),
                g == null ? null : g.getId(),
                t == null ? null : t.getId(),
                includeSubsidiaries.getValue());
    }

    private Sort sort() {
        List<GridSortOrder<CustomerReportRow>> order = grid.getSortOrder();
        if (order.isEmpty()) {
            return Sort.unsorted();
        }
        GridSortOrder<CustomerReportRow> first = order.getFirst();
        String property = first.getSorted().getKey();
        return Sort.by(
                first.getDirection() == SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC, property);
    }

    private List<String> header() {
        return List.of(
                getTranslation("report.column.client"),
                getTranslation("report.column.currency"),
                getTranslation("report.column.invoices"),
                getTranslation("report.column.invoiced"),
                getTranslation("report.column.paid"),
                getTranslation("report.column.outstanding"),
                getTranslation("report.column.last-invoice"),
                getTranslation("report.column.client-id"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.customers.title") + " · " + getTranslation("app.name");
    }
}
