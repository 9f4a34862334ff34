package io.clientele.client;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What merging one client into another would do, for the merge dialog: the fields whose values differ (the user
 * picks per field which value stays), what moves, and whether the currencies allow it at all.
 *
 * @param mergedId the client that goes to the Trash once everything has moved
 * @param survivorId the client that stays and receives everything
 * @param differences the choosable fields whose values differ, in the form's order
 * @param moving what hangs off the merged client and moves, per translation key taking the count; no zeros
 * @param currencyConflict both have documents, in different currencies: the merge is refused
 * @param requiredCurrency the currency the survivor must keep because only one of them has documents in it; null
 *     when either currency may stay
 */
public record ClientMerge(
        long mergedId,
        String mergedName,
        long survivorId,
        String survivorName,
        List<Difference> differences,
        Map<String, Long> moving,
        boolean currencyConflict,
        @Nullable String requiredCurrency) {

    /** Fields that are not chosen but joined: the survivor keeps the groups and staff of both. */
    public static final List<String> JOINED = List.of("groups", "assignedStaffIds");

    /**
     * One choosable field whose values differ.
     *
     * @param field the field's name as {@link ClientMergeService#merge} takes it ("email", "billingAddress")
     * @param labelKey translation key of its label
     */
    public record Difference(
            String field,
            String labelKey,
            @Nullable String survivorValue,
            @Nullable String mergedValue) {}
}
