package io.clientele.billing;

import java.util.List;
import java.util.Map;

/** Sort keys the billing lists accept, by the name the UI uses, mapped to attribute paths (never raw input). */
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

    static final Map<String, List<String>> DOCUMENTS = Map.of(
            NUMBER,
            List.of("number"),
            CLIENT,
            List.of("client", "name"),
            ISSUE_DATE,
            List.of("issueDate"),
            DUE_DATE,
            List.of("dueDate"),
            TOTAL,
            List.of("total"),
            BALANCE,
            List.of("balance"),
            STATUS,
            List.of("statusCode"));

    static final Map<String, List<String>> PAYMENTS = Map.of(
            REFERENCE,
            List.of("reference"),
            METHOD,
            List.of("method"),
            NUMBER,
            List.of("invoice", "number"),
            CLIENT,
            List.of("invoice", "client", "name"),
            AMOUNT,
            List.of("amount"),
            DATE,
            List.of("date"));

    private BillingSort() {}
}
