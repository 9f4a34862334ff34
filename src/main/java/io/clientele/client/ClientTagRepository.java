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

    /** Tag name and colour per client for one page of the list, in one query instead of one per row. */
    @Query("select c.id, t.name, t.colour from Client c join c.tags t where c.id in :clientIds order by t.nameKey")
    List<Object[]> byClient(Collection<Long> clientIds);

    /** How many clients carry the tag, live or trashed, whoever may see them. */
    @Query(value = "select count(*) from client_tag_members where tag_id = :tagId", nativeQuery = true)
    long countMembers(long tagId);
}
