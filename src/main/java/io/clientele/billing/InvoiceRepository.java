package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    @Query("select i from Invoice i join fetch i.client left join fetch i.lines where i.id = :id")
    Optional<Invoice> findWithLines(long id);

    /** By the token's hash, compared byte for byte: an altered token, even only in case, finds nothing. */
    @Query("select i from Invoice i join fetch i.client left join fetch i.lines where i.publicTokenHash = :hash")
    Optional<Invoice> findByPublicTokenHash(byte[] hash);

    /** What a client owes: the open balance of every invoice that left the drafts. */
    @Query("""
            select coalesce(sum(i.balance), 0) from Invoice i
            where i.client.id = :clientId and i.statusCode <> 'DRAFT'""")
    BigDecimal sumOpenBalance(long clientId);

    /** Sent or viewed invoices with money open past their due date: the overdue job's work (ix_documents_open). */
    @Query("""
            select i from Invoice i
            where i.statusCode in ('SENT', 'VIEWED') and i.dueDate < :today and i.balance > 0 order by i.id""")
    List<Invoice> findBecomingOverdue(LocalDate today);

    /** A statement's invoices: everything issued up to its end in one currency, drafts left out, oldest first. */
    @Query("""
            select i from Invoice i where i.client.id = :clientId and i.statusCode <> 'DRAFT'
            and i.currency = :currency and i.issueDate <= :to order by i.issueDate, i.id""")
    List<Invoice> forStatement(long clientId, String currency, LocalDate to);

    /** Issue 22: {@link #forStatement} for a roll-up, a parent company and its subsidiaries. */
    @Query("""
            select i from Invoice i join fetch i.client where i.client.id in :clientIds and i.statusCode <> 'DRAFT'
            and i.currency = :currency and i.issueDate <= :to order by i.issueDate, i.id""")
    List<Invoice> forRollUpStatement(java.util.Collection<Long> clientIds, String currency, LocalDate to);

    /** A client's invoices still waiting for money (issued, not paid, not cancelled), oldest first. */
    @Query("""
            select i from Invoice i where i.client.id = :clientId and i.statusCode in ('SENT', 'VIEWED', 'OVERDUE')
            and i.balance > 0 order by i.issueDate, i.id""")
    List<Invoice> findOpenOf(long clientId, org.springframework.data.domain.Pageable page);

    /**
     * Invoices a payment reminder may be due for: money open, not disputed, due in the window; keyset-paged by id.
     * Trashed clients are the caller's to leave out.
     */
    @Query("""
            select new io.clientele.billing.RemindableInvoice(i.id, i.client.id, i.dueDate) from Invoice i
            where i.statusCode in ('SENT', 'VIEWED', 'OVERDUE') and i.balance > 0 and i.disputedAt is null
            and i.dueDate between :from and :to and i.id > :afterId order by i.id""")
    List<RemindableInvoice> findRemindable(
            LocalDate from, LocalDate to, long afterId, org.springframework.data.domain.Pageable page);
}
