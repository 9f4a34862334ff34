package io.clientele.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a project list, read straight from SQL with its cost: for an hourly project the billable hours times
 * the rate, for a fixed-price one the price, either rounded to the client currency's scale.
 *
 * @param billableHours hours logged as billable, zero when none
 * @param members       display names of the members, by name
 */
public record ProjectRow(
        long id,
        String name,
        long clientId,
        String clientName,
        String currency,
        LocalDate startDate,
        @Nullable LocalDate dueDate,
        BillingMethod billingMethod,
        @Nullable BigDecimal hourlyRate,
        @Nullable BigDecimal fixedCost,
        BigDecimal billableHours,
        BigDecimal cost,
        List<String> members) {

    public ProjectRow {
        members = List.copyOf(members);
    }

    /** The shape the SQL projection fills: the unrounded cost is rounded here, where the currency is known. */
    public ProjectRow(
            long id,
            String name,
            long clientId,
            String clientName,
            String currency,
            LocalDate startDate,
            @Nullable LocalDate dueDate,
            BillingMethod billingMethod,
            @Nullable BigDecimal hourlyRate,
            @Nullable BigDecimal fixedCost,
            @Nullable BigDecimal billableHours,
            @Nullable BigDecimal rawCost) {
        this(
                id,
                name,
                clientId,
                clientName,
                currency,
                startDate,
                dueDate,
                billingMethod,
                hourlyRate,
                fixedCost,
                billableHours == null ? BigDecimal.ZERO : billableHours,
                ProjectCost.round(rawCost == null ? BigDecimal.ZERO : rawCost, currency),
                List.of());
    }

    ProjectRow withMembers(List<String> names) {
        return new ProjectRow(
                id,
                name,
                clientId,
                clientName,
                currency,
                startDate,
                dueDate,
                billingMethod,
                hourlyRate,
                fixedCost,
                billableHours,
                cost,
                names);
    }
}
