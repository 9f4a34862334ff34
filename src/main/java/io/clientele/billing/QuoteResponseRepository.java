package io.clientele.billing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuoteResponseRepository extends JpaRepository<QuoteResponse, Long> {

    /** The quote's row, locked until the transaction ends: answers to one quote run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Quote q where q.id = :id and q.client.id = :clientId")
    Optional<Quote> lockQuote(long clientId, long id);

    /** The issued quote of the client, unlocked (reading an answer needs no lock). */
    @Query("select q from Quote q where q.id = :id and q.client.id = :clientId and q.number is not null")
    Optional<Quote> lockFreeQuote(long clientId, long id);

    @Query("select r from QuoteResponse r where r.quoteId = :quoteId order by r.respondedAt desc, r.id desc")
    List<QuoteResponse> latest(long quoteId, Pageable page);
}
