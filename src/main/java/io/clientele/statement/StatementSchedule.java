package io.clientele.statement;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One client's statement e-mails: how often, whether its open invoices go with them, and (issue 22, a parent company)
 * whether its subsidiaries' documents are rolled up into them.
 */
@Entity
@Table(name = "statement_schedules")
public class StatementSchedule extends AbstractEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatementFrequency frequency = StatementFrequency.NONE;

    @Column(name = "attach_open_invoices", nullable = false)
    private boolean attachOpenInvoices;

    /** Issue 22: the statements also list the subsidiaries' documents, as the manual statement's switch does. */
    @Column(name = "roll_up_subsidiaries", nullable = false)
    private boolean rollUpSubsidiaries;

    protected StatementSchedule() {}

    /** A new schedule for a client: no statements. */
    StatementSchedule(long clientId) {
        this.clientId = clientId;
    }

    public long getClientId() {
        return clientId;
    }

    public StatementFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(StatementFrequency frequency) {
        this.frequency = frequency;
    }

    public boolean isAttachOpenInvoices() {
        return attachOpenInvoices;
    }

    public void setAttachOpenInvoices(boolean attachOpenInvoices) {
        this.attachOpenInvoices = attachOpenInvoices;
    }

    public boolean isRollUpSubsidiaries() {
        return rollUpSubsidiaries;
    }

    public void setRollUpSubsidiaries(boolean rollUpSubsidiaries) {
        this.rollUpSubsidiaries = rollUpSubsidiaries;
    }
}
