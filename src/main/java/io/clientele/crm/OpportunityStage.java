package io.clientele.crm;

/** Where an opportunity stands in the pipeline. Won is reached only by converting it into a client. */
public enum OpportunityStage {
    NEW("crm.stage.new"),
    QUALIFIED("crm.stage.qualified"),
    PROPOSAL("crm.stage.proposal"),
    WON("crm.stage.won"),
    LOST("crm.stage.lost");

    private final String labelKey;

    OpportunityStage(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
