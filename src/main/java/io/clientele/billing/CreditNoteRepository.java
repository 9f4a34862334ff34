package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

    @Query("select n from CreditNote n join fetch n.client left join fetch n.lines where n.id = :id")
    Optional<CreditNote> findWithLines(long id);

    @Query("select n from CreditNote n where n.invoiceId = :invoiceId order by n.issueDate, n.id")
    List<CreditNote> findByInvoiceId(long invoiceId);

    /** Per invoice line (by id), the quantity credit notes already took back. */
    @Query("""
            select l.sourceLineId, sum(l.quantity) from DocumentLine l
            where l.sourceLineId is not null and l.document.id in
              (select n.id from CreditNote n where n.invoiceId = :invoiceId)
            group by l.sourceLineId""")
    List<Object[]> creditedQuantities(long invoiceId);

    /** A statement's credit notes: every one up to its end in one currency, oldest first. */
    @Query("""
            select n from CreditNote n where n.client.id = :clientId and n.currency = :currency
            and n.issueDate <= :to order by n.issueDate, n.id""")
    List<CreditNote> forStatement(long clientId, String currency, LocalDate to);

    /** Issue 22: {@link #forStatement} for a roll-up, a parent company and its subsidiaries. */
    @Query("""
            select n from CreditNote n where n.client.id in :clientIds and n.currency = :currency
            and n.issueDate <= :to order by n.issueDate, n.id""")
    List<CreditNote> forRollUpStatement(java.util.Collection<Long> clientIds, String currency, LocalDate to);

    @Query("select count(n) from CreditNote n where n.client.id = :clientId")
    long countByClientId(long clientId);

    @Query("select i.number from Invoice i where i.id = :invoiceId")
    String invoiceNumber(long invoiceId);

    @Query("select coalesce(sum(n.total), 0) from CreditNote n where n.invoiceId = :invoiceId")
    BigDecimal sumForInvoice(long invoiceId);
}
