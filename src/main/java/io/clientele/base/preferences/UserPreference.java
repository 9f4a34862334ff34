package io.clientele.base.preferences;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One remembered choice of one user, e.g. {@code client-grid.page-size = 50}. */
@Entity
@Table(name = "user_preferences")
class UserPreference extends AbstractEntity {

    static final int KEY_MAX = 100;
    static final int VALUE_MAX = 1000;

    @Column(nullable = false, length = 100)
    private String username = "";

    @Column(name = "pref_key", nullable = false, length = KEY_MAX)
    private String key = "";

    @Column(name = "pref_value", nullable = false, length = VALUE_MAX)
    private String value = "";

    protected UserPreference() {}

    UserPreference(String username, String key, String value) {
        this.username = username;
        this.key = key;
        this.value = value;
    }

    String getKey() {
        return key;
    }

    String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }
}
