package io.clientele.project;

/** How a project is charged: by the billable hours logged on it, or one agreed amount. */
public enum BillingMethod {
    HOURLY,
    FIXED
}
