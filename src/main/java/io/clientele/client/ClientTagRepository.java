package io.clientele.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientTagRepository extends JpaRepository<ClientTag, Long> {

    Optional<ClientTag> findByNameKey(String nameKey);

    List<ClientTag> findByNameKeyIn(Collection<String> nameKeys);

    /** Tags whose name starts with the typed text, by name: the completion, one page of the name_key index. */
    @Query("select t from ClientTag t where t.nameKey like :prefix escape '!' order by t.nameKey")
    List<ClientTag> startingWith(String prefix, Pageable page);

    /**
     * (client id, tag id) for one page of the list: one range of the primary key {@code (client_id, tag_id)} per
     * client. Joined with the tags and sorted by tag name in SQL, MariaDB chose (on a freshly seeded database) to start
     * from the handful of tags and read every member of each: 411,710 rows, 40 ms for 25 clients.
     */
    @Query(
            value = "select client_id, tag_id from client_tag_members where client_id in (:clientIds)",
            nativeQuery = true)
    List<Object[]> tagIdsOf(Collection<Long> clientIds);

    /** How many clients carry the tag, live or trashed, whoever may see them. */
    @Query(value = "select count(*) from client_tag_members where tag_id = :tagId", nativeQuery = true)
    long countMembers(long tagId);
}
