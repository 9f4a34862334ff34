package io.clientele.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A custom field's value of one client, as the list's filters and sorts see it (issue 22). Read only: the rows are
 * written by {@link CustomFields} with plain SQL.
 */
@Entity
@Immutable
@IdClass(ClientFieldValue.Key.class)
@Table(name = "client_field_values")
class ClientFieldValue {

    @Id
    @Column(name = "field_id")
    private long fieldId;

    @Id
    @Column(name = "client_id")
    private long clientId;

    @Column(name = "text_key", length = CustomFieldType.TEXT_MAX)
    private @Nullable String textKey;

    @Column(name = "num_value", precision = 19, scale = 4)
    private @Nullable BigDecimal numValue;

    @Column(name = "date_value")
    private @Nullable LocalDate dateValue;

    protected ClientFieldValue() {}

    /** The composite key (Hibernate needs a class with the id attributes' names). */
    static class Key implements Serializable {

        long fieldId;
        long clientId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && fieldId == k.fieldId && clientId == k.clientId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fieldId, clientId);
        }
    }
}
