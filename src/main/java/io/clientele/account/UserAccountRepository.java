package io.clientele.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select count(a) from UserAccount a where a.clientId in :clientIds")
    long countByClientIds(Collection<Long> clientIds);

    /** A merge: the Client Center logins of the merged client sign in to the survivor from now on. */
    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "update user_accounts set client_id = :survivorId, version = version + 1 where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    // The preview of the welcome and password e-mails shows the newest Client Center login.
    Optional<UserAccount> findFirstByClientIdIsNotNullOrderByIdDesc();

    List<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByContactId(long contactId);

    /** Whether an account signs in with this address or has it as its e-mail (both ignoring case). */
    @Query("""
            select count(a) > 0 from UserAccount a
            where lower(a.username) = lower(:address) or lower(coalesce(a.email, '')) = lower(:address)""")
    boolean existsWithAddress(String address);

    /** {@link #existsWithAddress} for every account but those of one contact (a contact's new address). */
    @Query("""
            select count(a) > 0 from UserAccount a
            where (a.contactId is null or a.contactId <> :contactId)
              and (lower(a.username) = lower(:address) or lower(coalesce(a.email, '')) = lower(:address))""")
    boolean existsWithAddressBesides(String address, long contactId);

    boolean existsByTypeAndEnabledTrue(AccountType type);

    @Query("""
            select a from UserAccount a where a.enabled = true
            and a.type in (io.clientele.account.AccountType.ADMIN, io.clientele.account.AccountType.STAFF)
            and (a.displayName like :pattern escape '\\' or a.username like :pattern escape '\\')
            order by a.displayName, a.id""")
    List<UserAccount> findStaff(String pattern, Pageable page);

    @Modifying
    @Query("""
            update UserAccount a set a.lastLoginAt = :at
            where lower(a.username) = lower(:username)""")
    int markLogin(String username, Instant at);

    @Query("""
            select a from UserAccount a
            where lower(a.displayName) like :pattern escape '\\' or lower(a.username) like :pattern escape '\\'
              or lower(coalesce(a.email, '')) like :pattern escape '\\'
            order by a.displayName, a.id""")
    List<UserAccount> search(String pattern, Pageable page);

    @Query("""
            select count(a) from UserAccount a
            where lower(a.displayName) like :pattern escape '\\' or lower(a.username) like :pattern escape '\\'
              or lower(coalesce(a.email, '')) like :pattern escape '\\'""")
    long countSearch(String pattern);

    @Query("select a from UserAccount a where a.clientId = :clientId order by a.id")
    List<UserAccount> findByClient(long clientId);

    /** An anonymised login: a username that names nobody, no name, no address, disabled (its sessions end). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount a set a.username = :username, a.displayName = :name, a.email = null, a.enabled = false,
            a.version = a.version + 1 where a.id = :id""")
    int anonymise(long id, String username, String name);
}
