package io.clientele.helpdesk;

/** The request does not exist or its client is not the caller's to see: both read the same. */
public class SupportRequestNotFoundException extends RuntimeException {

    public SupportRequestNotFoundException(long id) {
        super("Support request " + id + " not found");
    }
}
