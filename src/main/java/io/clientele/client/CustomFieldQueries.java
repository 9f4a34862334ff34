package io.clientele.client;

import io.clientele.base.domain.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.criteria.JpaSubQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The client list's custom-field conditions and sort walk (issue 22), for the general query ({@link ClientQueries},
 * criteria) and the restricted staff member's halves ({@link StaffListQueries}, SQL) alike, so that both read a
 * condition the same way.
 *
 * <p>A condition is one range of an index of {@code client_field_values} (or {@code client_field_choices}) that starts
 * with the field. Read as a range it yields the matching client ids: right when few clients match. For a value many
 * clients hold ("Gold" on a quarter of a million clients) reading the whole range to show 25 of them costs seconds,
 * so such a condition is instead probed per client of the list's own order by primary key {@code (field_id,
 * client_id)}, one row, and the walk stops when the page is full: the same choice, made the same way, as the search's
 * common words ({@link SearchWordQueries}). Which one is decided by a range read stopped at
 * {@code clientele.custom-fields.common-values} entries, kept ten minutes per condition.
 */
@Component
class CustomFieldQueries {

    private final EntityManager em;
    private final CustomFieldRepository fields;
    private volatile int commonValues;
    private final KeptAnswers<Condition> known;

    CustomFieldQueries(
            EntityManager em,
            CustomFieldRepository fields,
            @Value("${clientele.custom-fields.common-values:50000}") int commonValues,
            @Value("${clientele.custom-fields.common-values-kept:PT10M}") Duration keep,
            Clock clock) {
        this.em = em;
        this.fields = fields;
        this.commonValues = commonValues;
        this.known = new KeptAnswers<>(clock, keep);
    }

    /** Another threshold for tests that run every filter through one shape (the suite shares one context). */
    void useThreshold(int values, Duration kept) {
        commonValues = values;
        known.reset(kept);
    }

    /** How a condition compares the stored value. */
    enum Test {
        EQUALS,
        STARTS_WITH,
        RANGE
    }

    /**
     * One custom-field condition resolved against its field: the table and column it reads, the comparison and its
     * operands (the prefix already a LIKE pattern escaped with {@code !}).
     */
    record Condition(
            long fieldId,
            boolean choices,
            String column,
            String attribute,
            Test test,
            @Nullable Object from,
            @Nullable Object to) {

        String table() {
            return choices ? "client_field_choices" : "client_field_values";
        }

        /** The entity of {@link #table()}, for criteria queries. */
        @SuppressWarnings("unchecked")
        Class<Object> entity() {
            return (Class<Object>) (Class<?>) (choices ? ClientFieldChoice.class : ClientFieldValue.class);
        }

        /** The operands in binding order (the field id first). */
        List<Object> parameters() {
            List<Object> all = new ArrayList<>();
            all.add(fieldId);
            if (from != null) {
                all.add(from);
            }
            if (to != null) {
                all.add(to);
            }
            return all;
        }

        /** The comparison in SQL on alias {@code v}, its operands numbered from {@code first}. */
        String sql(int first) {
            String col = "v." + column;
            return switch (test) {
                case EQUALS -> " and " + col + " = ?" + first;
                case STARTS_WITH -> " and " + col + " like ?" + first + " escape '!'";
                case RANGE -> {
                    int next = first;
                    StringBuilder sql = new StringBuilder(" and " + col + " is not null");
                    if (from != null) {
                        sql.append(" and ").append(col).append(" >= ?").append(next++);
                    }
                    if (to != null) {
                        sql.append(" and ").append(col).append(" <= ?").append(next);
                    }
                    yield sql.toString();
                }
            };
        }
    }

    /** The filter resolved against its field; refused for a field that is gone or cannot filter. */
    Condition condition(CustomFieldFilter f) {
        CustomField field = fields.findById(f.fieldId())
                .orElseThrow(() -> new IllegalArgumentException("No custom field " + f.fieldId()));
        long id = f.fieldId();
        return switch (field.getType()) {
            case MULTIPLE_CHOICE ->
                new Condition(id, true, "choice", "choice", Test.EQUALS, String.valueOf(f.value()), null);
            case SINGLE_CHOICE ->
                new Condition(
                        id,
                        false,
                        "text_key",
                        "textKey",
                        Test.EQUALS,
                        CustomFields.textKey(String.valueOf(f.value())),
                        null);
            case TEXT, URL, EMAIL ->
                new Condition(
                        id,
                        false,
                        "text_key",
                        "textKey",
                        Test.STARTS_WITH,
                        LikePattern.escape(
                                        CustomFields.textKey(
                                                String.valueOf(f.value()).strip()),
                                        '!') + "%",
                        null);
            case YES_NO ->
                new Condition(
                        id,
                        false,
                        "num_value",
                        "numValue",
                        Test.EQUALS,
                        Boolean.TRUE.equals(f.value()) ? BigDecimal.ONE : BigDecimal.ZERO,
                        null);
            case NUMBER, DECIMAL ->
                new Condition(
                        id,
                        false,
                        "num_value",
                        "numValue",
                        Test.RANGE,
                        f.value() instanceof BigDecimal from ? from : null,
                        f.upTo() instanceof BigDecimal to ? to : null);
            case DATE ->
                new Condition(
                        id,
                        false,
                        "date_value",
                        "dateValue",
                        Test.RANGE,
                        f.value() instanceof LocalDate from ? from : null,
                        f.upTo() instanceof LocalDate to ? to : null);
            default -> throw new IllegalArgumentException("Clients cannot be filtered by a " + field.getType());
        };
    }

    /** Whether at least {@code clientele.custom-fields.common-values} entries satisfy the condition. */
    boolean common(Condition k) {
        return known.answer(k, this::countsAsCommon);
    }

    private boolean countsAsCommon(Condition k) {
        int threshold = commonValues;
        Query q = em.createNativeQuery("select count(*) from (select 1 from " + k.table() + " v where v.field_id = ?1"
                + k.sql(2) + " limit " + threshold + ") x");
        bind(q, k, 1);
        return ((Number) q.getSingleResult()).longValue() >= threshold;
    }

    /**
     * The condition on client {@code c} for a criteria query: a range of the value index yielding client ids, or for a
     * common condition a probe of the client's value by primary key.
     */
    Predicate predicate(CriteriaBuilder cb, CommonAbstractCriteria q, Root<Client> c, Condition k) {
        boolean probe = common(k);
        JpaSubQuery<Long> sub = (JpaSubQuery<Long>) q.subquery(Long.class);
        Root<?> v = sub.from(k.entity());
        List<Predicate> where = new ArrayList<>(matches(cb, v, k));
        if (probe) {
            where.add(cb.equal(v.get("clientId"), c.get("id")));
        }
        sub.select(v.<Long>get("clientId")).where(where.toArray(Predicate[]::new));
        if (probe) {
            sub.fetch(1);
            return cb.isNotNull(sub);
        }
        return c.get("id").in(sub);
    }

    /** The condition on a row {@code v} of its table (values or choices), the field included. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Predicate> matches(CriteriaBuilder cb, Root<?> v, Condition k) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(v.get("fieldId"), k.fieldId()));
        Path<Comparable> value = v.get(k.attribute());
        switch (k.test()) {
            case EQUALS -> where.add(cb.equal(value, k.from()));
            case STARTS_WITH -> where.add(cb.like(v.get(k.attribute()), String.valueOf(k.from()), '!'));
            case RANGE -> {
                where.add(cb.isNotNull(value));
                if (k.from() instanceof Comparable from) {
                    where.add(cb.greaterThanOrEqualTo(value, from));
                }
                if (k.to() instanceof Comparable to) {
                    where.add(cb.lessThanOrEqualTo(value, to));
                }
            }
        }
        return where;
    }

    /**
     * The condition on client alias {@code c} in SQL, operands numbered from {@code first} (bind them with
     * {@link #bind}); the same two shapes as {@link #predicate}.
     */
    String sql(Condition k, int first) {
        String values = k.table() + " v where v.field_id = ?" + first + k.sql(first + 1);
        if (common(k)) {
            return " and (select v.client_id from " + values + " and v.client_id = c.id limit 1) is not null";
        }
        return " and c.id in (select v.client_id from " + values + ")";
    }

    /** Binds the condition's operands from {@code first}; the next free position. */
    static int bind(Query q, Condition k, int first) {
        int i = first;
        for (Object p : k.parameters()) {
            q.setParameter(i++, p);
        }
        return i;
    }

    /** What a custom-field column sorts by: the value table's column (multiple choice and long text do not sort). */
    record SortKey(long fieldId, String column, String attribute) {}

    /** The sort key of "custom.<id>"; refused for anything else. */
    SortKey sortKey(String property) {
        long fieldId;
        try {
            fieldId = Long.parseLong(property.substring(ClientSort.CUSTOM_PREFIX.length()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Clients cannot be sorted by " + property);
        }
        CustomField field = fields.findById(fieldId)
                .orElseThrow(() -> new IllegalArgumentException("Clients cannot be sorted by " + property));
        return switch (field.getType()) {
            case NUMBER, DECIMAL, YES_NO -> new SortKey(fieldId, "num_value", "numValue");
            case DATE -> new SortKey(fieldId, "date_value", "dateValue");
            case TEXT, URL, EMAIL, SINGLE_CHOICE -> new SortKey(fieldId, "text_key", "textKey");
            default -> throw new IllegalArgumentException("Clients cannot be sorted by a " + field.getType());
        };
    }

    /**
     * Client ids holding a value of the field, in the value's order (ties by client id, in the same direction):
     * entries {@code start} to {@code start + count} of the value index, read from the index alone.
     */
    List<Long> inValueOrder(SortKey key, boolean ascending, long start, int count) {
        String direction = ascending ? " asc" : " desc";
        List<?> ids = em.createNativeQuery("select v.client_id from client_field_values v where v.field_id = ?1 and v."
                        + key.column() + " is not null order by v." + key.column() + direction + ", v.client_id"
                        + direction)
                .setParameter(1, key.fieldId())
                .setFirstResult(Math.toIntExact(start))
                .setMaxResults(count)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
