package io.clientele.report;

/** One row of the group report PDF, formatted. A JavaBean, not a record: the bean data source reads getters. */
public class GroupPdfRow {

    private final String group;
    private final String currency;
    private final String clients;
    private final String invoices;
    private final String invoiced;
    private final String paid;
    private final String outstanding;

    GroupPdfRow(String group, String currency, String clients, String invoices, String invoiced, String paid,
            String outstanding) {
        this.group = group;
        this.currency = currency;
        this.clients = clients;
        this.invoices = invoices;
        this.invoiced = invoiced;
        this.paid = paid;
        this.outstanding = outstanding;
    }

    public String getGroup() {
        return group;
    }

    public String getCurrency() {
        return currency;
    }

    public String getClients() {
        return clients;
    }

    public String getInvoices() {
        return invoices;
    }

    public String getInvoiced() {
        return invoiced;
    }

    public String getPaid() {
        return paid;
    }

    public String getOutstanding() {
        return outstanding;
    }
}
