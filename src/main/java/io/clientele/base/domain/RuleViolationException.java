package io.clientele.base.domain;

import java.util.Arrays;

/**
 * A business rule refused an operation. Carries a translation key and its arguments so that the view can tell the
 * user exactly why, in their language; the English message is for logs.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
