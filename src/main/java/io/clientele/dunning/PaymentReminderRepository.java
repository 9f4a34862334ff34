package io.clientele.dunning;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentReminderRepository extends JpaRepository<PaymentReminder, Long> {

    /** The reminder, its row locked until the transaction ends: a second node waits here, then sees it sent. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PaymentReminder r where r.key = :key")
    Optional<PaymentReminder> findForUpdate(String key);

    Optional<PaymentReminder> findByKey(String key);

    /** Which of these keys are done (sent or skipped): the job leaves them alone. */
    @Query(
            "select r.key from PaymentReminder r where r.key in :keys and r.status <> io.clientele.dunning.ReminderStatus.PENDING")
    List<String> findDone(Collection<String> keys);

    @Query("select r from PaymentReminder r where r.invoiceId = :invoiceId order by r.createdAt desc, r.id desc")
    List<PaymentReminder> findByInvoice(long invoiceId, Pageable page);

    /** Whether the invoice was charged a late fee already (one per invoice). */
    boolean existsByInvoiceIdAndFeeInvoiceIdIsNotNull(long invoiceId);

    /** Whether the invoice is itself a late-fee invoice: it carries no fee of its own. */
    boolean existsByFeeInvoiceId(long feeInvoiceId);
}
