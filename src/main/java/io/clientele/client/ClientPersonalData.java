package io.clientele.client;

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

    ClientPersonalData(
            ClientRepository clients,
            ClientHistory history,
            ClientHistoryRepository entries,
            ClientSearchIndex searchIndex) {
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
        data.put(
                "history",
                entries.findByClientIdOrderByIdAsc(subject.clientId()).stream()
                        .map(ClientHistoryEntry::toChange)
                        .map(ClientPersonalData::change)
                        .toList());
        return data;
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
