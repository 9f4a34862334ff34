package io.clientele.client;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientGroupRepository extends JpaRepository<ClientGroup, Long> {

    List<ClientGroup> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    @Query(value = "select count(*) from client_group_members where group_id = :groupId", nativeQuery = true)
    long countMembers(long groupId);

    /** Group names per client for one page of the list, in one query instead of one per row. */
    @Query("select c.id, g.name from Client c join c.groups g where c.id in :clientIds order by g.name")
    List<Object[]> namesByClient(Collection<Long> clientIds);
}
