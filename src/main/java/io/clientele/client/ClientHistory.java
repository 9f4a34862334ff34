package io.clientele.client;

import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a client's change history: which field changed from what to what, who, when. Generic on purpose: it
 * compares snapshots of every persistent attribute the JPA metamodel lists (embedded addresses field by field,
 * related entities and settings rows by name, collections as sorted lists), so a field added to {@link Client} later is tracked
 * without touching this class. Left out: identity and version, columns the form cannot write (creation time,
 * the billing-owned balance), the update timestamp, values derived from others on every save, and trash state,
 * which its own actions record ({@link #recordTrash}).
 */
@Component
class ClientHistory {

    /** Derived on every save from fields that are tracked themselves, or changed by their own actions. */
    private static final Set<String> IGNORED = Set.of("phoneDigits", "location", "nameKey", "trashedAt");

    /** The history's field for moves into and out of the Trash. */
    static final String TRASHED = "trashed";

    /** Attributes holding account ids; shown as the users' names. */
    private static final Set<String> USER_IDS = Set.of("ownerId", "assignedStaffIds");

    /** Attributes holding ids of settings rows (another feature's); shown as the rows' names. */
    private static final String PAYMENT_TERM_ID = "paymentTermId";

    private static final String LEAD_SOURCE_ID = "leadSourceId";

    private final ClientHistoryRepository entries;
    private final EntityManagerFactory emf;
    private final UserDirectory users;
    private final SettingsService settings;
    private final LeadSourceService leadSources;
    private final Clock clock;

    ClientHistory(
            ClientHistoryRepository entries,
            EntityManagerFactory emf,
            UserDirectory users,
            SettingsService settings,
            LeadSourceService leadSources,
            Clock clock) {
        this.entries = entries;
        this.emf = emf;
        this.users = users;
        this.settings = settings;
        this.leadSources = leadSources;
        this.clock = clock;
    }

    /** Every tracked attribute's value as text (null for none), by attribute path; blank text counts as none. */
    Map<String, @Nullable String> snapshot(Client client) {
        Map<String, @Nullable String> values = new TreeMap<>();
        add(values, "", emf.getMetamodel().entity(Client.class), Hibernate.unproxy(client));
        return values;
    }

    /**
     * Records one entry per attribute whose value differs between {@code before} and the client as it is now, in
     * the caller's transaction. Nothing is written when nothing changed.
     */
    void record(Client client, Map<String, @Nullable String> before) {
        Map<String, @Nullable String> after = snapshot(client);
        Map<String, @Nullable String[]> changed = new TreeMap<>();
        for (String field : after.keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changed.put(field, new String[] {before.get(field), after.get(field)});
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Long callerId = users.currentScope().accountId();
        String callerName = nameOf(callerId);
        var now = clock.instant();
        long clientId = Objects.requireNonNull(client.getId());
        List<ClientHistoryEntry> rows = new ArrayList<>();
        changed.forEach((field, values) -> rows.add(new ClientHistoryEntry(
                clientId, field, display(field, values[0]), display(field, values[1]), callerId, callerName, now)));
        entries.saveAll(rows);
    }

    /**
     * One entry per client moved into the Trash ({@code trashed}) or restored from it, in the caller's transaction:
     * who trashed a client, and who brought it back, stays on record (field {@value #TRASHED}, "false"/"true").
     */
    void recordTrash(Collection<Long> clientIds, boolean trashed) {
        Long callerId = users.currentScope().accountId();
        String callerName = nameOf(callerId);
        var now = clock.instant();
        entries.saveAll(clientIds.stream()
                .map(id -> new ClientHistoryEntry(
                        id, TRASHED, String.valueOf(!trashed), String.valueOf(trashed), callerId, callerName, now))
                .toList());
    }

    private @Nullable String nameOf(@Nullable Long accountId) {
        return accountId == null
                ? null
                : users.find(accountId).map(UserRef::displayName).orElse(null);
    }

    /** Records one entry that is no field of the form (a merge), in the caller's transaction. */
    void note(long clientId, String field, @Nullable String oldValue, @Nullable String newValue) {
        Long callerId = users.currentScope().accountId();
        String callerName = nameOf(callerId);
        entries.save(
                new ClientHistoryEntry(clientId, field, oldValue, newValue, callerId, callerName, clock.instant()));
    }

    /**
     * A snapshot value as people read it: account ids as the users' names, a payment term's or lead source's id as
     * its name (the snapshot compares ids, so renaming a term is no change of the client). An id whose row is gone
     * stays as it is.
     */
    @Nullable
    String display(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (USER_IDS.contains(field)) {
            return userNames(value);
        }
        return switch (field) {
            case PAYMENT_TERM_ID ->
                settings.paymentTerm(Long.valueOf(value))
                        .map(PaymentTerm::getName)
                        .orElse(value);
            case LEAD_SOURCE_ID ->
                leadSources.find(Long.valueOf(value)).map(LeadSource::getName).orElse(value);
            default -> value;
        };
    }

    private void add(Map<String, @Nullable String> values, String prefix, ManagedType<?> type, @Nullable Object owner) {
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            String name = attribute.getName();
            if (IGNORED.contains(name) || !tracked(attribute)) {
                continue;
            }
            String path = prefix + name;
            Object value = owner == null ? null : read(attribute.getJavaMember(), owner);
            switch (attribute.getPersistentAttributeType()) {
                case EMBEDDED ->
                    add(values, path + ".", emf.getMetamodel().managedType(attribute.getJavaType()), value);
                case BASIC -> values.put(path, text(value));
                case MANY_TO_ONE, ONE_TO_ONE -> values.put(path, value == null ? null : label(value));
                case ELEMENT_COLLECTION, MANY_TO_MANY, ONE_TO_MANY -> values.put(path, collection(value));
                default -> {
                    // Nothing else is mapped on Client.
                }
            }
        }
    }

    private static boolean tracked(Attribute<?, ?> attribute) {
        if (attribute instanceof SingularAttribute<?, ?> singular && (singular.isId() || singular.isVersion())) {
            return false;
        }
        if (attribute.getJavaMember() instanceof Field field) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && (!column.updatable() || !column.insertable())) {
                return false;
            }
            return !field.isAnnotationPresent(UpdateTimestamp.class);
        }
        return true;
    }

    private static @Nullable Object read(Member member, Object owner) {
        try {
            if (member instanceof Field field) {
                field.setAccessible(true);
                return field.get(owner);
            }
            if (member instanceof Method method) {
                method.setAccessible(true);
                return method.invoke(owner);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + member, e);
        }
        throw new IllegalStateException("Cannot read " + member);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = switch (value) {
            case Enum<?> e -> e.name();
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
        return s.isBlank() ? null : s;
    }

    /** A related entity by its name where it has one (company, group), else by id. */
    private String label(Object entity) {
        try {
            Method getName = entity.getClass().getMethod("getName");
            Object name = getName.invoke(entity);
            if (name != null) {
                return name.toString();
            }
        } catch (ReflectiveOperationException e) {
            // No name: fall through to the id.
        }
        return String.valueOf(emf.getPersistenceUnitUtil().getIdentifier(entity));
    }

    private @Nullable String collection(@Nullable Object value) {
        if (!(value instanceof Collection<?> items) || items.isEmpty()) {
            return null;
        }
        // Sorted, so the same members in another order are no change.
        TreeSet<String> labels = new TreeSet<>();
        for (Object item : items) {
            labels.add(
                    emf.getMetamodel().getManagedTypes().stream()
                                    .anyMatch(t -> t.getJavaType().isInstance(item))
                            ? label(item)
                            : String.valueOf(item));
        }
        return String.join(", ", labels);
    }

    /** "3, 7" as "Ada Admin, Sam Staff"; ids of accounts that no longer exist stay as they are. */
    @Nullable
    String userNames(@Nullable String ids) {
        if (ids == null) {
            return null;
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> parsed = new ArrayList<>();
        for (String id : ids.split(", ")) {
            try {
                parsed.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return ids;
            }
        }
        users.find(parsed).forEach(u -> names.put(u.id(), u.displayName()));
        return parsed.stream()
                .map(id -> names.getOrDefault(id, "#" + id))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
