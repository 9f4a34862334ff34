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
     *     {@code customfield.type-locked} (with the count) when the type of a field that has values changes
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
                    throw new RuleViolationException("customfield.type-locked", count);
                }
            }
        }
        return fields.saveAndFlush(field);
    }

    /** How many clients have a value for the field: what deleting it would take away. */
    @RolesAllowed(Roles.ADMIN)
    public long valueCount(long fieldId) {
        return jdbc.sql("select count(*) from client_field_values where field_id = :f")
                        .param("f", fieldId)
                        .query(Long.class)
                        .single()
                + jdbc.sql("select count(distinct client_id) from client_field_choices where field_id = :f")
                        .param("f", fieldId)
                        .query(Long.class)
                        .single();
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
        return readValues(List.of(clientId), null).getOrDefault(clientId, new LinkedHashMap<>());
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
        return readValues(clientIds, scope.sql("v.client_id"));
    }

    private Map<Long, Map<Long, Object>> readValues(
            Collection<Long> clientIds, ClientScope.@Nullable Fragment visible) {
        Map<Long, CustomField> byId = new LinkedHashMap<>();
        fields(CustomFieldOwner.CLIENT).forEach(f -> byId.put(f.getId(), f));
        Map<Long, Map<Long, Object>> values = new HashMap<>();
        if (byId.isEmpty()) {
            return values;
        }
        String where = " where v.client_id in (:c)" + (visible == null ? "" : " and " + visible.text());
        var rows = jdbc.sql("select v.client_id, v.field_id, v.text_value, v.long_text, v.num_value, v.date_value"
                        + " from client_field_values v" + where)
                .param("c", clientIds);
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
                values.computeIfAbsent(rs.getLong("client_id"), k -> new LinkedHashMap<>())
                        .put(field.getId(), value);
            }
        });
        var choices = jdbc.sql("select v.client_id, v.field_id, v.choice from client_field_choices v" + where)
                .param("c", clientIds);
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
                        (Set<String>) values.computeIfAbsent(rs.getLong("client_id"), k -> new LinkedHashMap<>())
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
        Map<Long, Object> given = client.getCustomValues();
        if (given == null && !client.isNew()) {
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
        if (client.isNew() && checked.values().stream().allMatch(Objects::isNull)) {
            return null;
        }
        return checked;
    }

    /** Replaces the client's stored values of the fields in {@code checked} (from {@link #checked}). */
    void write(long clientId, Map<Long, @Nullable Object> checked) {
        if (checked.isEmpty()) {
            return;
        }
        Map<Long, CustomField> byId = new LinkedHashMap<>();
        fields(CustomFieldOwner.CLIENT).forEach(f -> byId.put(f.getId(), f));
        jdbc.sql("delete from client_field_values where client_id = :c and field_id in (:f)")
                .param("c", clientId)
                .param("f", checked.keySet())
                .update();
        jdbc.sql("delete from client_field_choices where client_id = :c and field_id in (:f)")
                .param("c", clientId)
                .param("f", checked.keySet())
                .update();
        checked.forEach((fieldId, value) -> {
            CustomField field = byId.get(fieldId);
            if (field == null || value == null) {
                return;
            }
            if (value instanceof Set<?> chosen) {
                for (Object option : chosen) {
                    jdbc.sql("insert into client_field_choices (field_id, client_id, choice) values (:f, :c, :o)")
                            .param("f", fieldId)
                            .param("c", clientId)
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
            jdbc.sql("insert into client_field_values (field_id, client_id, text_value, text_key, long_text,"
                            + " num_value, date_value) values (:f, :c, :t, :k, :l, :n, :d)")
                    .param("f", fieldId)
                    .param("c", clientId)
                    .param("t", text)
                    .param("k", text == null ? null : textKey(text))
                    .param("l", longText)
                    .param("n", number)
                    .param("d", date)
                    .update();
        });
    }

    /** The form of a text value that prefix filters compare: lower case, whatever the language. */
    static String textKey(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
