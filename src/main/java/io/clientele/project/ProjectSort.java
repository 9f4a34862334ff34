package io.clientele.project;

import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;

/** The columns a project list may be sorted by, by the name the UI uses for them. */
public final class ProjectSort {

    public static final String NAME = "name";
    public static final String CLIENT = "client";
    public static final String START = "start";
    public static final String DUE = "due";
    public static final String BILLING_METHOD = "billingMethod";
    public static final String COST = "cost";

    /** UI key to query expression; anything else is refused rather than passed into a query. */
    static final Map<String, String> EXPRESSIONS = Map.of(
            NAME,
            "p.name",
            CLIENT,
            "c.name",
            START,
            "p.startDate",
            DUE,
            "p.dueDate",
            BILLING_METHOD,
            "p.billingMethod",
            COST,
            ProjectQueries.COST);

    public static final Set<String> KEYS = EXPRESSIONS.keySet();

    public static final Sort DEFAULT = Sort.by(NAME);

    private ProjectSort() {}
}
