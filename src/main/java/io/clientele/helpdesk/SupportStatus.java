package io.clientele.helpdesk;

/** Where a support request stands: open until staff close it; a client's reply to a closed request reopens it. */
public enum SupportStatus {
    OPEN,
    CLOSED
}
