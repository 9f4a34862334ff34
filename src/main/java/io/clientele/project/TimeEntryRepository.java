package io.clientele.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    /** Time logged on the projects of these clients. */
    @Query(
            "select count(t) from TimeEntry t where t.projectId in (select p.id from Project p where p.clientId in :ids)")
    long countOfClients(Collection<Long> ids);

    /** Billable time of a project not on any invoice yet, in a period (either end open), oldest first. */
    @Query("select t from TimeEntry t where t.projectId = :projectId and t.billable = true and t.invoiceId is null"
            + " and (:from is null or t.workDate >= :from) and (:to is null or t.workDate <= :to)"
            + " order by t.workDate, t.id")
    List<TimeEntry> unbilled(long projectId, @Nullable LocalDate from, @Nullable LocalDate to);

    /**
     * Puts entries on an invoice line, only those still unbilled: the count tells whether another user billed one of
     * them first.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update time_entries set invoice_id = :invoiceId, invoice_line_id = :lineId, version = version + 1"
                    + " where id in (:ids) and invoice_id is null",
            nativeQuery = true)
    int bill(Collection<Long> ids, long invoiceId, long lineId);

    /**
     * Makes an invoice's entries unbilled again (the invoice was withdrawn). Runs inside billing's transaction, so it
     * leaves that transaction's persistence context alone (no clear: billing may still hold its entities).
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update time_entries set invoice_id = null, invoice_line_id = null, version = version + 1"
                    + " where invoice_id = :invoiceId",
            nativeQuery = true)
    int releaseInvoice(long invoiceId);

    /**
     * Makes unbilled again an invoice's entries whose line is no longer on the draft (removed in the editor). Runs
     * inside billing's transaction, like {@link #releaseInvoice}.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update time_entries set invoice_id = null, invoice_line_id = null, version = version + 1"
                    + " where invoice_id = :invoiceId and invoice_line_id not in (:lineIds)",
            nativeQuery = true)
    int releaseLinesOtherThan(long invoiceId, Collection<Long> lineIds);
}
