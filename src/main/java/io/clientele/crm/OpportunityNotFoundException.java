package io.clientele.crm;

/** Thrown for an id that does not exist or belongs to an opportunity the caller may not see. */
public class OpportunityNotFoundException extends RuntimeException {

    public OpportunityNotFoundException(long id) {
        super("No opportunity with id " + id);
    }
}
