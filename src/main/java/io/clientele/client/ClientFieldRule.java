package io.clientele.client;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Whether one optional client field is mandatory; administrators set it under Settings → Client fields. */
@Entity
@Table(name = "client_field_rules")
public class ClientFieldRule extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private ClientField field = ClientField.OWNER;

    @Column(nullable = false)
    private boolean mandatory;

    protected ClientFieldRule() {}

    ClientFieldRule(ClientField field) {
        this.field = field;
    }

    public ClientField getField() {
        return field;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }
}
