package io.clientele.client;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.Named;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A free tag on clients ("VIP", "Newsletter"): a name shared by every client that carries it, unique ignoring case
 * and surrounding blanks, with a colour from {@link TagColour}. Names are created by typing them (see
 * {@link ClientTags#normalise}).
 */
@Entity
@Table(name = "client_tags")
public class ClientTag extends AbstractEntity implements Named {

    public static final int NAME_MAX = 40;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    /** The name trimmed and lower-cased: what uniqueness and the completion compare. */
    @Column(name = "name_key", nullable = false, unique = true, length = NAME_MAX)
    private String nameKey = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TagColour colour = TagColour.BLUE;

    protected ClientTag() {}

    /** A tag typed in a form and not stored yet; the client service stores it with the client (or finds it). */
    public ClientTag(String name) {
        setName(name);
        this.colour = TagColour.forNewTag(nameKey);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
        this.nameKey = key(name);
    }

    String getNameKey() {
        return nameKey;
    }

    public TagColour getColour() {
        return colour;
    }

    void setColour(TagColour colour) {
        this.colour = colour;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
