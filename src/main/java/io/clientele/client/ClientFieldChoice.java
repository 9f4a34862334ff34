package io.clientele.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One chosen option of a client's multiple choice field, as the list's filter sees it (issue 22). Read only. */
@Entity
@org.hibernate.annotations.Immutable
@IdClass(ClientFieldChoice.Key.class)
@Table(name = "client_field_choices")
class ClientFieldChoice {

    @Id
    @Column(name = "field_id")
    private long fieldId;

    @Id
    @Column(name = "choice", length = CustomField.LABEL_MAX)
    private String choice = "";

    @Id
    @Column(name = "client_id")
    private long clientId;

    protected ClientFieldChoice() {}

    /** The composite key (Hibernate needs a class with the id attributes' names). */
    static class Key implements Serializable {

        long fieldId;
        String choice = "";
        long clientId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && fieldId == k.fieldId && choice.equals(k.choice) && clientId == k.clientId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fieldId, choice, clientId);
        }
    }
}
