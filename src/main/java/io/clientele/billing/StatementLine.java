package io.clientele.billing;

/**
 * One entry of a client statement (an invoice or a payment) with the balance after it, formatted in the client's
 * locale. A JavaBean, not a record: the report's bean data source reads getters.
 */
public class StatementLine {

    private final String date;
    private final String description;
    private final String charge;
    private final String payment;
    private final String balance;

    public StatementLine(String date, String description, String charge, String payment, String balance) {
        this.date = date;
        this.description = description;
        this.charge = charge;
        this.payment = payment;
        this.balance = balance;
    }

    public String getDate() {
        return date;
    }

    public String getDescription() {
        return description;
    }

    public String getCharge() {
        return charge;
    }

    public String getPayment() {
        return payment;
    }

    public String getBalance() {
        return balance;
    }
}
