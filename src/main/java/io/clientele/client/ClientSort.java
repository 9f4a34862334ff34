package io.clientele.client;

import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;

/** The columns a client list may be sorted by, by the name the UI uses for them. */
public final class ClientSort {

    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String LOCATION = "location";
    public static final String ACTIVE = "active";
    public static final String TRASHED_AT = "trashedAt";
    /** Amount owed, sorted by currency first, then amount: a euro and a koruna do not compare. */
    public static final String BALANCE = "balance";

    /** UI key to entity attribute; anything else is refused rather than passed into a query. */
    static final Map<String, String> ATTRIBUTES = Map.of(
            NAME,
            "name",
            TYPE,
            "type",
            EMAIL,
            "email",
            PHONE,
            "phone",
            LOCATION,
            "location",
            ACTIVE,
            "active",
            TRASHED_AT,
            "trashedAt",
            BALANCE,
            "amountOwed");

    public static final Set<String> KEYS = ATTRIBUTES.keySet();

    public static final Sort DEFAULT = Sort.by(NAME);

    /** Custom fields (issue 22): "custom.<field id>" sorts by that field's value, clients without one first. */
    public static final String CUSTOM_PREFIX = "custom.";

    /** The sort key of a custom field's column. */
    public static String custom(long fieldId) {
        return CUSTOM_PREFIX + fieldId;
    }

    static boolean isCustom(Sort sort) {
        return sort.stream().anyMatch(o -> o.getProperty().startsWith(CUSTOM_PREFIX));
    }

    private ClientSort() {}
}
