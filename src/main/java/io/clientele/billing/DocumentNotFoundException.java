package io.clientele.billing;

/** An invoice, quote or payment that does not exist or belongs to a client the caller may not see. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long id) {
        super("No billing record with id " + id);
    }
}
