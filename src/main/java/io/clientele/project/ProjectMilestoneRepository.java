package io.clientele.project;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, Long> {

    /** The share of the project's price on invoices that still charge it, in percent. */
    @Query("select coalesce(sum(m.percent), 0) from ProjectMilestone m where m.projectId = :projectId")
    BigDecimal invoicedPercent(long projectId);

    /** Forgets an invoice's share (the invoice was withdrawn); inside billing's transaction, so no clear. */
    @Modifying(flushAutomatically = true)
    @Query("delete from ProjectMilestone m where m.invoiceId = :invoiceId")
    int releaseInvoice(long invoiceId);
}
