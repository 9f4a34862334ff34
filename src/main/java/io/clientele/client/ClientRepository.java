package io.clientele.client;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

    @Query("select c from Client c left join fetch c.company where c.id = :id")
    Optional<Client> findWithCompany(long id);

    @Query("""
            select c from Client c where c.type = io.clientele.client.ClientType.COMPANY
            and c.trashedAt is null and c.name like :pattern escape '\\' order by c.name, c.id""")
    List<Client> findCompanies(String pattern, Pageable page);

    @Query("""
            select c from Client c where c.type = io.clientele.client.ClientType.INDIVIDUAL
            and c.trashedAt is null and c.name like :pattern escape '\\' order by c.name, c.id""")
    List<Client> findIndividuals(String pattern, Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id = :id and c.trashedAt is null")
    Optional<Client> findLiveForUpdate(long id);

    @Query("select c.id from Client c where c.id in :ids and c.trashedAt is null")
    List<Long> findLiveIds(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Client c set c.trashedAt = :at, c.version = c.version + 1 where c.id in :ids and c.trashedAt is null")
    int trash(Collection<Long> ids, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Client c set c.trashedAt = null, c.version = c.version + 1 where c.id in :ids and c.trashedAt is not null")
    int restore(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Client c set c.company = null where c.company.id in :ids")
    int detachMembers(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Client c where c.id in :ids and c.trashedAt is not null")
    int deleteTrashed(Collection<Long> ids);
}
