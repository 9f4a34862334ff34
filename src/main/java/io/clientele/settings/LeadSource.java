package io.clientele.settings;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.Named;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a lead came from ("Referral", "Trade show"); administrators keep the list under Settings. */
@Entity
@Table(name = "lead_sources")
public class LeadSource extends AbstractEntity implements Named {

    public static final int NAME_MAX = 100;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name = "";

    public LeadSource() {}

    public LeadSource(String name) {
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
