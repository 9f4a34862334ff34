package io.clientele.billing;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** What holds for every document type: whether a stored one was issued. */
interface DocumentRepository extends JpaRepository<BillingDocument, Long> {

    @Query("select d.issuedAt from BillingDocument d where d.id = :id and d.issuedAt is not null")
    Optional<Instant> issuedAt(long id);

    @Query("select d.number from BillingDocument d where d.id = :id")
    String numberOf(long id);
}
