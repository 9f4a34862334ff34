package io.clientele.client;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The optional client fields an administrator may make mandatory (Settings → Client fields). Each knows how to read
 * its value from a client, so the service can refuse a client that lacks one, and its translation keys: the label
 * ({@code client.field.*}) and the message a missing value gets ({@code client.required.*}).
 */
public enum ClientField {
    OWNER("owner", Client::getOwnerId),
    LEAD_SOURCE("lead-source", Client::getLeadSource),
    INQUIRY_DATE("inquiry-date", Client::getInquiryDate),
    FINALIZED_DATE("finalized-date", Client::getFinalizedDate),
    DESIGNATION("designation", Client::getDesignation),
    WEBSITE("website", Client::getWebsite),
    COMMUNICATION_ID("communication-id", Client::getCommunicationId),
    EMAIL("email", Client::getEmail),
    ALTERNATE_EMAIL("alternate-email", Client::getAlternateEmail),
    PHONE("phone", Client::getPhone),
    MOBILE("mobile", Client::getMobile),
    TAX_ID("tax-id", Client::getTaxId);

    private final String key;
    private final Function<Client, @Nullable Object> value;

    ClientField(String key, Function<Client, @Nullable Object> value) {
        this.key = key;
        this.value = value;
    }

    /** "client.field.lead-source": the field's label. */
    public String labelKey() {
        return "client.field." + key;
    }

    /** "client.required.lead-source": what the user reads when the field is mandatory and empty. */
    public String requiredKey() {
        return "client.required." + key;
    }

    /** Whether the client has a value for this field (blank text counts as none). */
    public boolean isFilled(Client client) {
        Object v = value.apply(client);
        return v != null && !(v instanceof String s && s.isBlank());
    }
}
