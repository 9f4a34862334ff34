package io.clientele.crm;

/** Where an opportunity stands in the pipeline. Won is reached only by converting it into a client. */
public enum OpportunityStage {
    NEW,
    QUALIFIED,
    PROPOSAL,
    WON,
    LOST
}
