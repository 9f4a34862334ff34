package io.clientele.client;

import io.clientele.settings.SettingsService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The client's own record and its change history as personal data: exported as every tracked field (the same
 * snapshot the history compares), anonymised by replacing names, contact details, addresses and free texts with
 * placeholders and dropping the values of its history entries. The type, currency, language, groups and commercial
 * settings stay: they identify nobody and the frozen documents still refer to them.
 */
@Component
class ClientPersonalData implements PersonalData {

    private final ClientRepository clients;
    private final ClientHistory history;
    private final ClientHistoryRepository entries;
    private final ClientSearchIndex searchIndex;
    private final CustomFields customFields;
    private final SettingsService settings;

    ClientPersonalData(
            ClientRepository clients,
            ClientHistory history,
            ClientHistoryRepository entries,
            ClientSearchIndex searchIndex,
            CustomFields customFields,
            SettingsService settings) {
        this.customFields = customFields;
        this.settings = settings;
        this.clients = clients;
        this.history = history;
        this.entries = entries;
        this.searchIndex = searchIndex;
    }

    @Override
    public String section() {
        return "client";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        Client client =
                clients.findById(subject.clientId()).orElseThrow(() -> new ClientNotFoundException(subject.clientId()));
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("id", client.getId());
        data.put("name", client.getName());
        if (!subject.wholeClient()) {
            // A person asks about themselves: the client's name says where they work, the rest is the client's.
            return data;
        }
        data.put("createdAt", Objects.toString(client.getCreatedAt(), null));
        history.snapshot(client).forEach((field, value) -> data.put(field, history.display(field, value)));
        Map<String, @Nullable Object> custom = customValues(subject.clientId());
        if (!custom.isEmpty()) {
            data.put("customFields", custom);
        }
        data.put(
                "history",
                entries.findByClientIdOrderByIdAsc(subject.clientId()).stream()
                        .map(ClientHistoryEntry::toChange)
                        .map(ClientPersonalData::change)
                        .toList());
        return data;
    }

    /**
     * The client's custom values (issue 22) by their fields' labels in the installation's default language, in the
     * form's order: text as written, numbers and dates in plain (ISO) form, yes/no as booleans, choices as lists.
     */
    private Map<String, @Nullable Object> customValues(long clientId) {
        Map<Long, Object> values = customFields.storedValues(clientId);
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return out;
        }
        String language = settings.get().getDefaultLanguage();
        for (CustomField field : customFields.fields(CustomFieldOwner.CLIENT)) {
            Object value = values.get(field.getId());
            if (value == null) {
                continue;
            }
            out.put(
                    field.label(language, language),
                    switch (value) {
                        case BigDecimal n -> n.toPlainString();
                        case LocalDate d -> d.toString();
                        case Collection<?> chosen ->
                            chosen.stream().map(String::valueOf).toList();
                        default -> value;
                    });
        }
        return out;
    }

    private static Map<String, @Nullable Object> change(ClientChange change) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("field", change.field());
        row.put("oldValue", change.oldValue());
        row.put("newValue", change.newValue());
        row.put("changedBy", change.changedBy());
        row.put("changedAt", change.changedAt().toString());
        return row;
    }

    @Override
    public void anonymise(Subject subject) {
        if (!subject.wholeClient()) {
            return;
        }
        Client client =
                clients.findById(subject.clientId()).orElseThrow(() -> new ClientNotFoundException(subject.clientId()));
        client.setName(PLACEHOLDER + " #" + client.getId());
        client.setEmail(null);
        client.setAlternateEmail(null);
        client.setPhone(null);
        client.setMobile(null);
        client.setWebsite(null);
        client.setTaxId(null);
        client.setNotes(null);
        client.setEndpointId(null);
        client.setEndpointScheme(null);
        client.setBuyerReference(null);
        client.setDesignation(null);
        client.setCommunicationId(null);
        // Every custom value goes, not only those of the text-like types: the type does not tell whether a value is
        // personal (a birthday is a date, an ID card number a number, a health or faith category a choice), no
        // frozen document reads the live values, and an administrator who needs a figure kept for statistics
        // keeps it in a field of the client's record that identifies nobody (its groups, tags, lead source).
        customFields.clearAll(subject.clientId());
        client.setBillingAddress(blank(client.getBillingAddress()));
        client.setShippingAddress(blank(client.getShippingAddress()));
        clients.saveAndFlush(client);
        searchIndex.update(client);
        entries.clearValues(subject.clientId());
    }

    /** An address without street, city, region, postal code or text; the country stays (tax rules need it). */
    private static Address blank(Address address) {
        Address empty = new Address();
        empty.setCountry(address.getCountry());
        return empty;
    }
}
