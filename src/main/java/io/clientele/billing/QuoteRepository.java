package io.clientele.billing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @Query("select q from Quote q join fetch q.client left join fetch q.lines where q.id = :id")
    Optional<Quote> findWithLines(long id);
}
