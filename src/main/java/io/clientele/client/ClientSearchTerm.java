package io.clientele.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One row of {@code client_search_terms}, mapped only so that the list's criteria queries can select from it;
 * {@link ClientSearchIndex} writes the rows with JDBC.
 */
@Entity
@Immutable
@Table(name = "client_search_terms")
@IdClass(ClientSearchTerm.Key.class)
class ClientSearchTerm {

    @Id
    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Id
    @Column(nullable = false, length = ClientSearchTerms.TERM_MAX)
    private String term = "";

    protected ClientSearchTerm() {}

    static class Key implements Serializable {
        private long clientId;
        private String term = "";

        protected Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.clientId == clientId && k.term.equals(term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, term);
        }
    }
}
