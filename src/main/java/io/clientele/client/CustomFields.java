package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom fields (issue 22): the definitions administrators keep under Settings → Custom fields, and the values of
 * clients' fields. Values are typed rows, one per field and client (a multiple choice: one per chosen option), so that
 * the list can filter and sort by a field with one index range — see docs/performance.md, "Custom fields at 1,000,000
 * clients". {@link ClientService} checks and writes a client's values in the same transaction as the client, on every
 * create path, so a mandatory custom field is as mandatory as a fixed one.
 */
@Service
@Transactional(readOnly = true)
public class CustomFields {

    private final CustomFieldRepository fields;
    private final JdbcClient jdbc;
    private final ClientScope scope;
    private final SettingsService settings;

    CustomFields(CustomFieldRepository fields, JdbcClient jdbc, ClientScope scope, SettingsService settings) {
        this.fields = fields;
        this.jdbc = jdbc;
        this.scope = scope;
        this.settings = settings;
    }

    /** The fields of clients or contacts, in the form's order. Everyone logged in reads them (every form shows them). */
    @PermitAll
    public List<CustomField> fields(CustomFieldOwner owner) {
        return fields.findByOwnerOrderByPositionAscIdAsc(owner);
    }

    /** The field's label in this locale's language, else in the installation's default language. */
    @PermitAll
    public String label(CustomField field, Locale locale) {
        return field.label(locale.getLanguage(), defaultLanguage());
    }

    private String defaultLanguage() {
        return settings.get().getDefaultLanguage();
    }

    /**
     * Stores a new or changed field definition. A new field goes last in the form.
     *
     * @throws RuleViolationException {@code customfield.label.missing} without a label in the installation's default
     *     language, {@code customfield.label.too-long}, {@code customfield.options.missing} for a choice field without
     *     options, {@code customfield.options.duplicate} / {@code customfield.options.too-long}, and
     *     {@code customfield.type-locked} / {@code customfield.contact.type-locked} (with the count of clients or
     *     contacts) when the type of a field that has values changes
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone saved the field in between
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public CustomField save(CustomField field) {
        String defaultLanguage = defaultLanguage();
        if (field.getLabel(defaultLanguage) == null) {
            throw new RuleViolationException("customfield.label.missing", defaultLanguage);
        }
        for (String language : io.clientele.base.ui.AppLanguages.CODES) {
            String label = field.getLabel(language);
            if (label != null && label.length() > CustomField.LABEL_MAX) {
                throw new RuleViolationException("customfield.label.too-long", CustomField.LABEL_MAX);
            }
        }
        if (field.getType().isChoice()) {
            Set<String> options = new LinkedHashSet<>();
            for (String option : field.getOptions()) {
                String o = option.strip();
                if (o.isEmpty()) {
                    continue;
                }
                if (o.length() > CustomField.LABEL_MAX) {
                    throw new RuleViolationException("customfield.options.too-long", o, CustomField.LABEL_MAX);
                }
                if (!options.add(o)) {
                    throw new RuleViolationException("customfield.options.duplicate", o);
                }
            }
            if (options.isEmpty()) {
                throw new RuleViolationException("customfield.options.missing");
            }
            field.setOptions(new ArrayList<>(options));
        } else {
            field.setOptions(List.of());
        }
        if (field.isNew()) {
            field.setPosition(fields.maxPosition(field.getOwner()) + 1);
        } else {
            long id = Objects.requireNonNull(field.getId());
            CustomField stored = fields.findById(id).orElseThrow(() -> new RuleViolationException("customfield.gone"));
            if (stored.getType() != field.getType()) {
                long count = valueCount(id);
                if (count > 0) {
                    throw new RuleViolationException(
                            stored.getOwner() == CustomFieldOwner.CONTACT
                                    ? "customfield.contact.type-locked"
                                    : "customfield.type-locked",
                            count);
                }
            }
        }
        return fields.saveAndFlush(field);
    }

    /**
     * How many clients (a contact field: contacts) have a value for the field: what deleting it would take away.
     */
    @RolesAllowed(Roles.ADMIN)
    public long valueCount(long fieldId) {
        Store store = fields.findById(fieldId).map(f -> Store.of(f.getOwner())).orElse(Store.CLIENTS);
        return jdbc.sql("select count(*) from " + store.values() + " where field_id = :f")
                        .param("f", fieldId)
                        .query(Long.class)
                        .single()
                + jdbc.sql("select count(distinct " + store.key() + ") from " + store.choices()
                                + " where field_id = :f")
                        .param("f", fieldId)
                        .query(Long.class)
                        .single();
    }

    /**
     * Where an owner kind's values live: clients' in {@code client_field_values} / {@code client_field_choices} keyed
     * by client, contacts' in {@code contact_field_values} / {@code contact_field_choices} keyed by contact with the
     * contact's client beside it (changeset 0043), so that both are narrowed by the client scope on
     * {@code client_id}.
     */
    private record Store(CustomFieldOwner owner, String values, String choices, String key) {
        static final Store CLIENTS =
                new Store(CustomFieldOwner.CLIENT, "client_field_values", "client_field_choices", "client_id");
        static final Store CONTACTS =
                new Store(CustomFieldOwner.CONTACT, "contact_field_values", "contact_field_choices", "contact_id");

        static Store of(CustomFieldOwner owner) {
            return owner == CustomFieldOwner.CONTACT ? CONTACTS : CLIENTS;
        }
    }

    /** Deletes the field and, through the foreign keys, every value of it. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(long fieldId) {
        fields.findById(fieldId).ifPresent(fields::delete);
    }

    /** Moves the field one place up or down among its owner's fields (the form's order). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void move(long fieldId, boolean up) {
        CustomField field = fields.findById(fieldId).orElseThrow(() -> new RuleViolationException("customfield.gone"));
        List<CustomField> all = new ArrayList<>(fields(field.getOwner()));
        int at = all.indexOf(field);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(at));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setPosition(i + 1);
        }
        fields.saveAllAndFlush(all);
    }

    /**
     * A client's custom values by field id, each in its type's Java form (see {@link CustomFieldType}); fields without
     * a value are absent.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
    public Map<Long, Object> clientValues(long clientId) {
        scope.require(clientId);
        return readValues(clientId);
    }

    /**
     * Client Center (issue 22): the caller's own client's values of the fields marked visible to clients, in the
     * form's order (fields without a value left out); empty for anyone who is not a client user.
     */
    @RolesAllowed(Roles.CLIENT)
    public Map<CustomField, Object> ownVisible() {
        Long clientId = scope.caller().clientId();
        if (clientId == null) {
            return Map.of();
        }
        List<CustomField> visible = fields(CustomFieldOwner.CLIENT).stream()
                .filter(CustomField::isVisibleToClients)
                .toList();
        if (visible.isEmpty()) {
            return Map.of();
        }
        scope.require(clientId);
        Map<Long, Object> values = readValues(clientId);
        Map<CustomField, Object> shown = new LinkedHashMap<>();
        for (CustomField field : visible) {
            Object value = values.get(field.getId());
            if (value != null) {
                shown.put(field, value);
            }
        }
        return shown;
    }

    /**
     * Issue 22: the client's values of the fields marked "on PDFs", in the form's order (fields without a value left
     * out), for billing to print on a draft or freeze on issue.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
    public Map<CustomField, Object> onPdfs(long clientId) {
        scope.require(clientId);
        List<CustomField> printed = fields(CustomFieldOwner.CLIENT).stream()
                .filter(CustomField::isOnPdfs)
                .toList();
        if (printed.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object> values = readValues(clientId);
        Map<CustomField, Object> shown = new LinkedHashMap<>();
        for (CustomField field : printed) {
            Object value = values.get(field.getId());
            if (value != null) {
                shown.put(field, value);
            }
        }
        return shown;
    }

    private Map<Long, Object> readValues(long clientId) {
        return readValues(Store.CLIENTS, List.of(clientId), null).getOrDefault(clientId, new LinkedHashMap<>());
    }

    /**
     * The custom values of these clients (the client list's page, an export's batch), by client id and field id;
     * only clients the caller may see are read (the rest are absent), in two statements for the whole batch.
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
    public Map<Long, Map<Long, Object>> valuesOf(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return readValues(Store.CLIENTS, clientIds, scope.sql("v.client_id"));
    }

    /** The values of these owners (clients or contacts, as {@code store} says) by owner id and field id. */
    private Map<Long, Map<Long, Object>> readValues(
            Store store, Collection<Long> ownerIds, ClientScope.@Nullable Fragment visible) {
        Map<Long, CustomField> byId = new LinkedHashMap<>();
        fields(store.owner()).forEach(f -> byId.put(f.getId(), f));
        Map<Long, Map<Long, Object>> values = new HashMap<>();
        if (byId.isEmpty()) {
            return values;
        }
        String key = store.key();
        String where = " where v." + key + " in (:c)" + (visible == null ? "" : " and " + visible.text());
        var rows = jdbc.sql("select v." + key + " as owner_id, v.field_id, v.text_value, v.long_text, v.num_value,"
                        + " v.date_value from " + store.values() + " v" + where)
                .param("c", ownerIds);
        if (visible != null) {
            for (var p : visible.params().entrySet()) {
                rows = rows.param(p.getKey(), p.getValue());
            }
        }
        rows.query(rs -> {
            CustomField field = byId.get(rs.getLong("field_id"));
            if (field == null) {
                return;
            }
            Object value = switch (field.getType()) {
                case LONG_TEXT -> rs.getString("long_text");
                case NUMBER, DECIMAL -> {
                    BigDecimal n = rs.getBigDecimal("num_value");
                    yield n == null ? null : stripped(n);
                }
                case DATE -> {
                    Date d = rs.getDate("date_value");
                    yield d == null ? null : d.toLocalDate();
                }
                case YES_NO -> {
                    BigDecimal n = rs.getBigDecimal("num_value");
                    yield n == null ? null : n.signum() != 0;
                }
                default -> rs.getString("text_value");
            };
            if (value != null) {
                values.computeIfAbsent(rs.getLong("owner_id"), k -> new LinkedHashMap<>())
                        .put(field.getId(), value);
            }
        });
        var choices = jdbc.sql(
                        "select v." + key + " as owner_id, v.field_id, v.choice from " + store.choices() + " v" + where)
                .param("c", ownerIds);
        if (visible != null) {
            for (var p : visible.params().entrySet()) {
                choices = choices.param(p.getKey(), p.getValue());
            }
        }
        choices.query(rs -> {
            CustomField field = byId.get(rs.getLong("field_id"));
            if (field != null) {
                @SuppressWarnings("unchecked")
                Set<String> chosen =
                        (Set<String>) values.computeIfAbsent(rs.getLong("owner_id"), k -> new LinkedHashMap<>())
                                .computeIfAbsent(field.getId(), k -> new TreeSet<String>());
                chosen.add(rs.getString("choice"));
            }
        });
        // In the options' order, as the form offers them.
        for (Map<Long, Object> ofClient : values.values()) {
            for (CustomField field : byId.values()) {
                if (ofClient.get(field.getId()) instanceof Set<?> chosen) {
                    Set<String> ordered = new LinkedHashSet<>();
                    field.getOptions().stream().filter(chosen::contains).forEach(ordered::add);
                    ofClient.put(field.getId(), ordered);
                }
            }
        }
        return values;
    }

    private static BigDecimal stripped(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The client's custom values as they will be stored, checked against their fields' types, options and
     * mandatory flags; null when there is nothing to write (an existing client saved without its custom values
     * loaded keeps the stored ones). A new client without values is checked as having none, so that every create path
     * (form, quick insert, opportunity conversion, import) refuses one that lacks a mandatory custom field.
     *
     * @throws CustomFieldMissingException for the first mandatory field, in the form's order, without a value
     * @throws RuleViolationException {@code customfield.invalid.*} for a value its field does not accept
     */
    @Nullable
    Map<Long, Object> checked(Client client) {
        if (client.getCustomValues() == null && !client.isNew()) {
            return null;
        }
        return checked(client, rules());
    }

    /** The client fields and the label language, read once for a batch of clients (an import). */
    record Rules(List<CustomField> fields, String language) {}

    Rules rules() {
        return new Rules(fields(CustomFieldOwner.CLIENT), defaultLanguage());
    }

    /**
     * {@link #checked(Client)} with the rules read once for many clients; nothing to write (null) when the client
     * is new and has no value at all, so an import without custom values writes no extra statement per client.
     */
    @Nullable
    Map<Long, Object> checked(Client client, Rules rules) {
        return checked(client.getCustomValues(), client.isNew(), rules);
    }

    private @Nullable Map<Long, Object> checked(@Nullable Map<Long, Object> given, boolean isNew, Rules rules) {
        if (given == null && !isNew) {
            return null;
        }
        String language = rules.language();
        Map<Long, Object> checked = new LinkedHashMap<>();
        for (CustomField field : rules.fields()) {
            long id = Objects.requireNonNull(field.getId());
            String label = field.label(language, language);
            Object value = field.getType()
                    .check(given == null ? null : given.get(id), label, new HashSet<>(field.getOptions()));
            if (value == null && field.isMandatory()) {
                throw new CustomFieldMissingException(id, label);
            }
            checked.put(id, value);
        }
        if (isNew && checked.values().stream().allMatch(Objects::isNull)) {
            return null;
        }
        return checked;
    }

    /** Replaces the client's stored values of the fields in {@code checked} (from {@link #checked}). */
    void write(long clientId, Map<Long, @Nullable Object> checked) {
        write(Store.CLIENTS, clientId, clientId, checked);
    }

    /** Replaces an owner's stored values of the fields in {@code checked}; a contact's rows carry its client's id. */
    private void write(Store store, long ownerId, long clientId, Map<Long, @Nullable Object> checked) {
        if (checked.isEmpty()) {
            return;
        }
        Map<Long, CustomField> byId = new LinkedHashMap<>();
        fields(store.owner()).forEach(f -> byId.put(f.getId(), f));
        String key = store.key();
        jdbc.sql("delete from " + store.values() + " where " + key + " = :c and field_id in (:f)")
                .param("c", ownerId)
                .param("f", checked.keySet())
                .update();
        jdbc.sql("delete from " + store.choices() + " where " + key + " = :c and field_id in (:f)")
                .param("c", ownerId)
                .param("f", checked.keySet())
                .update();
        boolean contact = store == Store.CONTACTS;
        checked.forEach((fieldId, value) -> {
            CustomField field = byId.get(fieldId);
            if (field == null || value == null) {
                return;
            }
            if (value instanceof Set<?> chosen) {
                for (Object option : chosen) {
                    jdbc.sql("insert into " + store.choices() + " (field_id, " + (contact ? "contact_id, " : "")
                                    + "client_id, choice) values (:f, " + (contact ? ":o_id, " : "") + ":c, :o)")
                            .params(ownerParams(contact, ownerId, clientId))
                            .param("f", fieldId)
                            .param("o", option)
                            .update();
                }
                return;
            }
            String text = null;
            String longText = null;
            BigDecimal number = null;
            LocalDate date = null;
            switch (field.getType()) {
                case LONG_TEXT -> longText = (String) value;
                case NUMBER, DECIMAL -> number = (BigDecimal) value;
                case DATE -> date = (LocalDate) value;
                case YES_NO -> number = Boolean.TRUE.equals(value) ? BigDecimal.ONE : BigDecimal.ZERO;
                default -> text = (String) value;
            }
            jdbc.sql("insert into " + store.values() + " (field_id, " + (contact ? "contact_id, " : "")
                            + "client_id, text_value, text_key, long_text, num_value, date_value) values (:f, "
                            + (contact ? ":o_id, " : "") + ":c, :t, :k, :l, :n, :d)")
                    .params(ownerParams(contact, ownerId, clientId))
                    .param("f", fieldId)
                    .param("t", text)
                    .param("k", text == null ? null : textKey(text))
                    .param("l", longText)
                    .param("n", number)
                    .param("d", date)
                    .update();
        });
    }

    private static Map<String, Object> ownerParams(boolean contact, long ownerId, long clientId) {
        return contact ? Map.of("o_id", ownerId, "c", clientId) : Map.of("c", clientId);
    }

    // Contacts' values (issue 22). The contact feature owns contacts, this one their custom values: ContactService
    // hands in a contact it has checked belongs to the client, and this checks the client is the caller's to see.

    /**
     * A contact's custom values by field id, each in its type's Java form; fields without a value are absent.
     *
     * @throws ClientNotFoundException when the caller may not see the contact's client
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
    public Map<Long, Object> contactValues(long clientId, long contactId) {
        scope.require(clientId);
        return readValues(Store.CONTACTS, List.of(contactId), clientOnly(clientId))
                .getOrDefault(contactId, new LinkedHashMap<>());
    }

    /**
     * The custom values of these contacts of one client (a personal-data export, a Client Center login's own one
     * too), by contact id and field id, in two statements.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public Map<Long, Map<Long, Object>> contactValuesOf(long clientId, Collection<Long> contactIds) {
        scope.require(clientId);
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        return readValues(Store.CONTACTS, contactIds, clientOnly(clientId));
    }

    private static ClientScope.Fragment clientOnly(long clientId) {
        return new ClientScope.Fragment("v.client_id = :owner_client", Map.of("owner_client", clientId));
    }

    /**
     * Contacts' custom values as they will be stored, each checked like a client's ({@link #checked(Client)}): null
     * for a contact with nothing to write, and a new contact checked as having none when it brings no values, so that
     * every create path (form, import) refuses one that lacks a mandatory contact field. The rules are read once.
     *
     * @param given per contact, the values the form or import set, null when not loaded
     * @param isNew per contact, whether it is being created
     * @throws CustomFieldMissingException for the first mandatory field without a value
     * @throws RuleViolationException {@code customfield.invalid.*} for a value its field does not accept
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<@Nullable Map<Long, Object>> checkedContacts(
            List<@Nullable Map<Long, Object>> given, List<Boolean> isNew) {
        Rules rules = new Rules(fields(CustomFieldOwner.CONTACT), defaultLanguage());
        List<@Nullable Map<Long, Object>> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            checked.add(checked(given.get(i), isNew.get(i), rules));
        }
        return checked;
    }

    /**
     * Replaces a saved contact's values of the fields in {@code checked} (from {@link #checkedContacts}), in the
     * caller's transaction.
     *
     * @throws ClientNotFoundException when the caller may not see the contact's client
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void writeContact(long clientId, long contactId, Map<Long, @Nullable Object> checked) {
        scope.require(clientId);
        write(Store.CONTACTS, contactId, clientId, checked);
    }

    /** Deletes every custom value of a client's contact: part of anonymising the contact. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void clearContact(long clientId, long contactId) {
        scope.require(clientId);
        for (String table : List.of(Store.CONTACTS.values(), Store.CONTACTS.choices())) {
            jdbc.sql("delete from " + table + " where contact_id = :o and client_id = :c")
                    .param("o", contactId)
                    .param("c", clientId)
                    .update();
        }
    }

    /**
     * The client's custom values without a scope check, for features of this package that checked access already
     * (the personal-data export, a merge); by field id, each in its type's Java form.
     */
    Map<Long, Object> storedValues(long clientId) {
        return readValues(clientId);
    }

    /**
     * A merge: the survivor takes the merged client's value of each field it has no value for; where both have one,
     * the survivor's stays (as for tags and groups, the merge only adds). The values taken, by field label in the
     * installation's default language and in plain form (ISO dates, plain numbers, true/false, choices listed with
     * commas), for the survivor's history.
     */
    Map<String, String> takeMissing(long survivorId, long mergedId) {
        Map<Long, Object> own = readValues(survivorId);
        Map<Long, Object> theirs = readValues(mergedId);
        Map<Long, @Nullable Object> taken = new LinkedHashMap<>();
        Map<String, String> noted = new LinkedHashMap<>();
        String language = defaultLanguage();
        for (CustomField field : fields(CustomFieldOwner.CLIENT)) {
            Object value = theirs.get(field.getId());
            if (value != null && !own.containsKey(field.getId())) {
                taken.put(field.getId(), value);
                noted.put(
                        field.label(language, language),
                        switch (value) {
                            case BigDecimal n -> n.toPlainString();
                            case Collection<?> chosen ->
                                String.join(
                                        ", ",
                                        chosen.stream().map(String::valueOf).toList());
                            default -> value.toString();
                        });
            }
        }
        write(survivorId, taken);
        return noted;
    }

    /** Removes every custom value of the client (an anonymisation). */
    void clearAll(long clientId) {
        jdbc.sql("delete from client_field_values where client_id = :c")
                .param("c", clientId)
                .update();
        jdbc.sql("delete from client_field_choices where client_id = :c")
                .param("c", clientId)
                .update();
    }

    /** The form of a text value that prefix filters compare: lower case, whatever the language. */
    static String textKey(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
