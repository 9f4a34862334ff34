package io.clientele.demo;

import io.clientele.client.Address;
import io.clientele.client.PhoneNumbers;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One generated client, as plain values. {@code companyIndex} is the position of the company an individual belongs
 * to among the generated companies, or -1; {@code paymentTermIndex} and {@code groupIndexes} point into the payment
 * terms (shortest first) and {@link DemoDataGenerator#GROUPS}.
 */
public record DemoClient(
        String type,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String website,
        @Nullable String taxId,
        boolean active,
        String street,
        String city,
        @Nullable String state,
        String postalCode,
        String country,
        int companyIndex,
        String currency,
        String language,
        int paymentTermIndex,
        List<Integer> groupIndexes) {

    public boolean isCompany() {
        return "COMPANY".equals(type);
    }

    /** What the list shows and sorts by as Location, by the client's own rule. */
    public @Nullable String location() {
        return new Address(street, city, state, postalCode, country).location();
    }

    /** Digits of phone and mobile, as the client search expects them. */
    public @Nullable String phoneDigits() {
        return PhoneNumbers.searchDigits(phone, mobile);
    }
}
