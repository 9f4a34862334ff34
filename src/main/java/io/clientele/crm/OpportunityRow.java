package io.clientele.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the opportunity list, read straight from SQL; the owner's name is added per page. */
public record OpportunityRow(
        long id,
        String companyName,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        OpportunityStage stage,
        @Nullable String leadSource,
        @Nullable Long ownerId,
        @Nullable LocalDate inquiryDate,
        @Nullable BigDecimal expectedValue,
        @Nullable Long clientId,
        String ownerName) {

    /** The shape the SQL projection fills. */
    public OpportunityRow(
            long id,
            String companyName,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            OpportunityStage stage,
            @Nullable String leadSource,
            @Nullable Long ownerId,
            @Nullable LocalDate inquiryDate,
            @Nullable BigDecimal expectedValue,
            @Nullable Long clientId) {
        this(
                id,
                companyName,
                firstName,
                lastName,
                email,
                stage,
                leadSource,
                ownerId,
                inquiryDate,
                expectedValue,
                clientId,
                "");
    }

    OpportunityRow withOwnerName(String name) {
        return new OpportunityRow(
                id,
                companyName,
                firstName,
                lastName,
                email,
                stage,
                leadSource,
                ownerId,
                inquiryDate,
                expectedValue,
                clientId,
                name);
    }

    public String contactName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
