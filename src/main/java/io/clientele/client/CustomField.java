package io.clientele.client;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A field an administrator added to clients or contacts (Settings → Custom fields, issue 22): its type, a label per UI
 * language, the options of a choice field, whether it is mandatory, shown in the Client Center and printed on PDFs,
 * and its place in the form. Its values live in {@code client_field_values} / {@code client_field_choices}, written
 * by {@link CustomFields}.
 */
@Entity
@Table(name = "custom_fields")
public class CustomField extends AbstractEntity {

    /** Longest label and option, the columns' width. */
    public static final int LABEL_MAX = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 10, updatable = false)
    private CustomFieldOwner owner = CustomFieldOwner.CLIENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private CustomFieldType type = CustomFieldType.TEXT;

    @Column(name = "label_en", length = LABEL_MAX)
    private @Nullable String labelEn;

    @Column(name = "label_de", length = LABEL_MAX)
    private @Nullable String labelDe;

    @Column(name = "label_fr", length = LABEL_MAX)
    private @Nullable String labelFr;

    @Column(name = "label_es", length = LABEL_MAX)
    private @Nullable String labelEs;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "custom_field_options", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "label", length = LABEL_MAX, nullable = false)
    private List<String> options = new ArrayList<>();

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "visible_to_clients", nullable = false)
    private boolean visibleToClients;

    @Column(name = "on_pdfs", nullable = false)
    private boolean onPdfs;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected CustomField() {}

    public CustomField(CustomFieldOwner owner, CustomFieldType type) {
        this.owner = owner;
        this.type = type;
    }

    public CustomFieldOwner getOwner() {
        return owner;
    }

    public CustomFieldType getType() {
        return type;
    }

    /** Refused by {@link CustomFields#save} once the field has values. */
    public void setType(CustomFieldType type) {
        this.type = type;
    }

    /** The label as entered for this language ("en", "de", "fr", "es"), null when none was. */
    public @Nullable String getLabel(String language) {
        return switch (language) {
            case "de" -> labelDe;
            case "fr" -> labelFr;
            case "es" -> labelEs;
            default -> labelEn;
        };
    }

    public void setLabel(String language, @Nullable String label) {
        String l = label == null || label.isBlank() ? null : label.strip();
        switch (language) {
            case "de" -> labelDe = l;
            case "fr" -> labelFr = l;
            case "es" -> labelEs = l;
            default -> labelEn = l;
        }
    }

    /**
     * The label to show in this language: its own, else the one in the installation's default language, else any.
     */
    public String label(String language, String defaultLanguage) {
        for (String candidate :
                new String[] {getLabel(language), getLabel(defaultLanguage), labelEn, labelDe, labelFr, labelEs}) {
            if (candidate != null) {
                return candidate;
            }
        }
        return "";
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = new ArrayList<>(options);
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isVisibleToClients() {
        return visibleToClients;
    }

    public void setVisibleToClients(boolean visibleToClients) {
        this.visibleToClients = visibleToClients;
    }

    public boolean isOnPdfs() {
        return onPdfs;
    }

    public void setOnPdfs(boolean onPdfs) {
        this.onPdfs = onPdfs;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }
}
