package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.invoice.id = :invoiceId")
    BigDecimal sumForInvoice(long invoiceId);

    long countByInvoiceId(long invoiceId);

    /** A statement's payments: everything received up to its end in one currency, oldest first. */
    @Query("""
            select p from Payment p left join fetch p.invoice where p.clientId = :clientId
            and p.currency = :currency and p.date <= :to order by p.date, p.id""")
    List<Payment> forStatement(long clientId, String currency, LocalDate to);

    /** Issue 22: {@link #forStatement} for a roll-up, a parent company and its subsidiaries. */
    @Query("""
            select p from Payment p left join fetch p.invoice where p.clientId in :clientIds
            and p.currency = :currency and p.date <= :to order by p.date, p.id""")
    List<Payment> forRollUpStatement(java.util.Collection<Long> clientIds, String currency, LocalDate to);
}
