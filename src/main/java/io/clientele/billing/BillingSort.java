package io.clientele.billing;

import java.util.Map;

/** Sort keys the billing lists accept, by the name the UI uses, mapped to attribute paths. */
public final class BillingSort {

    public static final String NUMBER = "number";
    public static final String CLIENT = "client";
    public static final String ISSUE_DATE = "issueDate";
    public static final String DUE_DATE = "dueDate";
    public static final String TOTAL = "total";
    public static final String BALANCE = "balance";
    public static final String STATUS = "status";
    public static final String REFERENCE = "reference";
    public static final String METHOD = "method";
    public static final String AMOUNT = "amount";
    public static final String DATE = "date";

    static final Map<String, String> DOCUMENTS = Map.of(NUMBER, "number", CLIENT, "client.name",
            ISSUE_DATE, "issueDate", DUE_DATE, "dueDate", TOTAL, "total", BALANCE, "balance", STATUS, "statusCode");

    static final Map<String, String> PAYMENTS = Map.of(REFERENCE, "reference", METHOD, "method",
            NUMBER, "invoice.number", CLIENT, "invoice.client.name", AMOUNT, "amount", DATE, "date");

    private BillingSort() {
    }
}
