package io.clientele.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    @Query("""
            select c from Contact c join fetch c.client left join fetch c.individual
            where c.id = :id and c.trashedAt is null""")
    Optional<Contact> findLive(long id);

    /** Live contacts first, the primary on top, then by name. */
    @Query("""
            select new io.clientele.contact.ContactRow(c.id, c.name, c.title, c.email, c.phone, c.mobile,
              case when c.primaryClientId is not null then true else false end,
              c.optIn, c.defaultRole, c.receivesStatements, c.trashedAt)
            from Contact c
            where c.client.id = :clientId and (:withTrashed = true or c.trashedAt is null)
            order by case when c.trashedAt is null then 0 else 1 end,
              case when c.primaryClientId is null then 1 else 0 end, c.name, c.id""")
    List<ContactRow> findRows(long clientId, boolean withTrashed, Pageable page);

    @Query("select count(c) from Contact c where c.client.id = :clientId and c.trashedAt is null")
    long countLive(long clientId);

    /** The addresses of the client's live contacts marked to receive statements who agreed to receive e-mail. */
    @Query("""
            select c.email from Contact c
            where c.client.id = :clientId and c.trashedAt is null and c.receivesStatements = true and c.optIn = true
              and c.email is not null
            order by c.name, c.id""")
    List<String> findStatementAddresses(long clientId);

    @Query("select count(c) from Contact c where c.client.id = :clientId and c.trashedAt is not null")
    long countTrashed(long clientId);

    @Query("select count(c) from Contact c where c.client.id = :clientId and c.trashedAt is null and c.id <> :id")
    long countLiveOthers(long clientId, long id);

    @Query("select c.id from Contact c where c.primaryClientId = :clientId")
    Optional<Long> findPrimaryId(long clientId);

    /**
     * Demotes the client's live primary, unless it is {@code keepId}. A bulk update, run at once: the unique index on
     * primary_client_id must never see the new primary before the old one has let go.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Contact c
            set c.primary = false, c.primaryClientId = null, c.version = c.version + 1, c.updatedAt = :now
            where c.client.id = :clientId and c.primaryClientId is not null and c.id <> :keepId""")
    int demotePrimary(long clientId, long keepId, Instant now);

    /** A merge: the merged client's primary lets go when the survivor keeps its own. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update contacts set is_primary = false, primary_client_id = null, version = version + 1
            where client_id = :clientId and primary_client_id is not null""", nativeQuery = true)
    int demoteAllPrimary(long clientId);

    /** A merge: every contact of one client (live and trashed) moves to the other, a primary staying primary. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update contacts set client_id = :survivorId, version = version + 1,
              primary_client_id = case when primary_client_id is null then null else :survivorId end
            where client_id = :mergedId""", nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    /** A merge: contacts that are the merged individual point at the survivor instead. */
    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "update contacts set individual_id = :survivorId, version = version + 1 where individual_id = :mergedId",
            nativeQuery = true)
    int relinkIndividual(long mergedId, long survivorId);

    @Query("""
            select c.client.id, count(c) from Contact c where c.client.id in :clientIds and c.trashedAt is null
            group by c.client.id""")
    List<Object[]> countLiveByClients(Collection<Long> clientIds);

    /** {@link #demotePrimary} for many clients at once, none kept (an import's new primaries are not written yet). */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Contact c
            set c.primary = false, c.primaryClientId = null, c.version = c.version + 1, c.updatedAt = :now
            where c.client.id in :clientIds and c.primaryClientId is not null""")
    int demotePrimaries(Collection<Long> clientIds, Instant now);

    @Query("select count(c) from Contact c where c.client.id in :ids")
    long countByClientIds(Collection<Long> ids);

    @Query("select c.client.id from Contact c where c.id = :id")
    Optional<Long> findClientId(long id);

    /** Live, active clients with an e-mail address of their own or on a live contact, and that address. */
    @Query("""
            select new io.clientele.contact.ClientChoice(c.id, c.name, coalesce(c.email,
              (select min(k.email) from Contact k where k.client = c and k.trashedAt is null and k.email is not null)))
            from Client c where c.trashedAt is null and c.active = true and lower(c.name) like :pattern escape '\\'
              and (c.email is not null or exists (select k.id from Contact k where k.client = c
                and k.trashedAt is null and k.email is not null))
            order by c.name, c.id""")
    List<ClientChoice> clientChoices(String pattern, Pageable page);

    /** Every contact of the client, live or trashed, oldest first (the data on request leaves none out). */
    @Query("select c from Contact c where c.client.id = :clientId order by c.id")
    List<Contact> findAllOfClient(long clientId);
}
