package io.clientele.client;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.Named;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A named set of clients ("Key accounts", "Retail"); a client may be in several. */
@Entity
@Table(name = "client_groups")
public class ClientGroup extends AbstractEntity implements Named {

    public static final int NAME_MAX = 100;

    @NotBlank(message = "{client.group.name.required}")
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name = "";

    public ClientGroup() {}

    public ClientGroup(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
