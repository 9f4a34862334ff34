package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;

/** A client lacks a field an administrator made mandatory; the message key names the field. */
public class MandatoryFieldMissingException extends RuleViolationException {

    private final ClientField field;

    public MandatoryFieldMissingException(ClientField field) {
        super(field.requiredKey());
        this.field = field;
    }

    public ClientField getField() {
        return field;
    }
}
