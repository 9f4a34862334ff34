package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;

/**
 * A client lacks a value for a custom field an administrator made mandatory: the custom-field twin of
 * {@link MandatoryFieldMissingException}, its message ({@code customfield.required}) naming the field's label.
 */
public class CustomFieldMissingException extends RuleViolationException {

    private final long fieldId;

    public CustomFieldMissingException(long fieldId, String label) {
        super("customfield.required", label);
        this.fieldId = fieldId;
    }

    public long getFieldId() {
        return fieldId;
    }
}
