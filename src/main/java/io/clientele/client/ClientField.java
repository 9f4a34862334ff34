package io.clientele.client;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The optional client fields an administrator may make mandatory (Settings → Client fields). Each knows how to read
 * its value from a client, so the service can refuse a client that lacks one, and its translation keys: the label
 * ({@code client.field.*}) and the message a missing value gets ({@code client.required.*}).
 */
public enum ClientField {
    OWNER("owner", "client.field.owner", "client.required.owner", Client::getOwnerId),
    LEAD_SOURCE("lead-source", "client.field.lead-source", "client.required.lead-source", Client::getLeadSourceId),
    INQUIRY_DATE("inquiry-date", "client.field.inquiry-date", "client.required.inquiry-date", Client::getInquiryDate),
    FINALIZED_DATE(
            "finalized-date",
            "client.field.finalized-date",
            "client.required.finalized-date",
            Client::getFinalizedDate),
    DESIGNATION("designation", "client.field.designation", "client.required.designation", Client::getDesignation),
    WEBSITE("website", "client.field.website", "client.required.website", Client::getWebsite),
    COMMUNICATION_ID(
            "communication-id",
            "client.field.communication-id",
            "client.required.communication-id",
            Client::getCommunicationId),
    EMAIL("email", "client.field.email", "client.required.email", Client::getEmail),
    ALTERNATE_EMAIL(
            "alternate-email",
            "client.field.alternate-email",
            "client.required.alternate-email",
            Client::getAlternateEmail),
    PHONE("phone", "client.field.phone", "client.required.phone", Client::getPhone),
    MOBILE("mobile", "client.field.mobile", "client.required.mobile", Client::getMobile),
    TAX_ID("tax-id", "client.field.tax-id", "client.required.tax-id", Client::getTaxId);

    private final String key;
    private final String labelKey;
    private final String requiredKey;
    private final Function<Client, @Nullable Object> value;

    ClientField(String key, String labelKey, String requiredKey, Function<Client, @Nullable Object> value) {
        this.key = key;
        this.labelKey = labelKey;
        this.requiredKey = requiredKey;
        this.value = value;
    }

    /** "lead-source": how ids of the field's inputs end. */
    public String key() {
        return key;
    }

    /** "client.field.lead-source": the field's label. */
    public String labelKey() {
        return labelKey;
    }

    /** "client.required.lead-source": what the user reads when the field is mandatory and empty. */
    public String requiredKey() {
        return requiredKey;
    }

    /** Whether the client has a value for this field (blank text counts as none). */
    public boolean isFilled(Client client) {
        Object v = value.apply(client);
        return v != null && !(v instanceof String s && s.isBlank());
    }
}
