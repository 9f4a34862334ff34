package io.clientele.crm;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.LikelyDuplicate;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales pipeline: the opportunity list, saving, and turning a won opportunity into a client. A STAFF user
 * without "view all clients" sees only the opportunities they own, like clients; an opportunity the caller may not
 * see is "not found".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class OpportunityService {

    public static final int MAX_PAGE_SIZE = 500;
    public static final String SORT_COMPANY = "companyName";
    public static final String SORT_STAGE = "stage";
    public static final String SORT_INQUIRY = "inquiryDate";
    public static final String SORT_VALUE = "expectedValue";

    /** UI sort key to entity attribute; anything else is refused rather than passed into a query. */
    private static final Map<String, String> SORTS = Map.of(
            SORT_COMPANY, "companyName", SORT_STAGE, "stage", SORT_INQUIRY, "inquiryDate", SORT_VALUE, "expectedValue");

    private final OpportunityRepository opportunities;
    private final EntityManager em;
    private final ClientScope scope;
    private final ClientService clients;
    private final ClientFieldRules fieldRules;
    private final ContactService contacts;
    private final UserDirectory users;
    private final Clock clock;

    OpportunityService(
            OpportunityRepository opportunities,
            EntityManager em,
            ClientScope scope,
            ClientService clients,
            ClientFieldRules fieldRules,
            ContactService contacts,
            UserDirectory users,
            Clock clock) {
        this.opportunities = opportunities;
        this.em = em;
        this.scope = scope;
        this.clients = clients;
        this.fieldRules = fieldRules;
        this.contacts = contacts;
        this.users = users;
        this.clock = clock;
    }

    /** One page of the list, filtered and sorted in SQL, with the owners' names. */
    public List<OpportunityRow> list(OpportunityFilter filter, Pageable page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OpportunityRow> q = cb.createQuery(OpportunityRow.class);
        Root<Opportunity> o = q.from(Opportunity.class);
        var source = o.join("leadSource", JoinType.LEFT);
        q.select(cb.construct(
                OpportunityRow.class,
                o.get("id"),
                o.get("companyName"),
                o.get("firstName"),
                o.get("lastName"),
                o.get("email"),
                o.get("stage"),
                source.get("name"),
                o.get("ownerId"),
                o.get("inquiryDate"),
                o.get("expectedValue"),
                o.get("clientId")));
        q.where(predicates(cb, o, filter));
        q.orderBy(orders(cb, o, page.getSort()));
        List<OpportunityRow> rows = em.createQuery(q)
                .setFirstResult(Math.toIntExact(page.getOffset()))
                .setMaxResults(Math.min(page.getPageSize(), MAX_PAGE_SIZE))
                .getResultList();
        Set<Long> ownerIds = rows.stream()
                .map(OpportunityRow::ownerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ownerIds.isEmpty()) {
            return rows;
        }
        Map<Long, String> names =
                users.find(ownerIds).stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName, (a, b) -> a));
        return rows.stream()
                .map(r -> r.ownerId() == null ? r : r.withOwnerName(names.getOrDefault(r.ownerId(), "")))
                .toList();
    }

    /** How many opportunities match the filter (and the caller may see). */
    public long count(OpportunityFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Opportunity> o = q.from(Opportunity.class);
        q.select(cb.count(o)).where(predicates(cb, o, filter));
        return em.createQuery(q).getSingleResult();
    }

    /** An opportunity the caller may see, with its lead source loaded for a form. */
    public Opportunity get(long id) {
        return opportunities
                .findForEditing(id)
                .filter(this::canSee)
                .orElseThrow(() -> new OpportunityNotFoundException(id));
    }

    /** A new, unsaved opportunity: stage New, inquired today, owned by the caller. */
    public Opportunity newOpportunity() {
        Opportunity o = new Opportunity();
        o.setOwnerId(scope.caller().accountId());
        o.setInquiryDate(LocalDate.now(clock));
        return o;
    }

    /**
     * Creates or updates an opportunity. Won is reached only through {@link #convert}; a won opportunity stays won. A
     * stale copy fails with {@code OptimisticLockingFailureException}.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Opportunity save(Opportunity opportunity) {
        OpportunityStage storedStage = null;
        if (!opportunity.isNew()) {
            long id = Objects.requireNonNull(opportunity.getId());
            Opportunity stored = opportunities
                    .findById(id)
                    .filter(this::canSee)
                    .orElseThrow(() -> new OpportunityNotFoundException(id));
            storedStage = stored.getStage();
            if (stored.isConverted() && opportunity.getStage() != OpportunityStage.WON) {
                throw new RuleViolationException("crm.won.final");
            }
        }
        if (opportunity.getStage() == OpportunityStage.WON && storedStage != OpportunityStage.WON) {
            throw new RuleViolationException("crm.won.convert-first");
        }
        opportunity.setCompanyName(opportunity.getCompanyName().strip());
        return opportunities.saveAndFlush(opportunity);
    }

    /**
     * The client that marking the opportunity Won would create — company name, primary contact's e-mail and phone,
     * owner, lead source, inquiry date, finalized today — and the mandatory client fields still empty.
     */
    public ConversionDraft draftConversion(long id) {
        Opportunity o = get(id);
        Client client = clients.newClient(ClientType.COMPANY);
        client.setName(o.getCompanyName());
        client.setEmail(o.getEmail());
        client.setPhone(o.getPhone());
        if (o.getOwnerId() != null) {
            client.setOwnerId(o.getOwnerId());
        }
        client.setLeadSource(o.getLeadSource());
        client.setInquiryDate(o.getInquiryDate());
        client.setFinalizedDate(LocalDate.now(clock));
        Set<ClientField> missing = EnumSet.noneOf(ClientField.class);
        fieldRules.mandatory().stream().filter(f -> !f.isFilled(client)).forEach(missing::add);
        return new ConversionDraft(client, missing);
    }

    /**
     * Existing clients (that the caller may see) with the draft's e-mail or tax ID: before creating a new client, the
     * user chooses between linking the opportunity to one of them and creating the client anyway.
     */
    public List<LikelyDuplicate> sameEmailOrTaxId(Client draft) {
        return clients.findLikelyDuplicates(draft.getEmail(), draft.getTaxId(), null).stream()
                .filter(d -> d.match() != LikelyDuplicate.Match.NAME)
                .toList();
    }

    /**
     * Marks the opportunity Won and links it to a client: the existing {@code linkTo} client, or else the draft (see
     * {@link #draftConversion}) created now with the opportunity's contact as its primary contact. Converting twice —
     * even in two concurrent calls — never creates a second client: the opportunity's row is locked first, and an
     * opportunity already converted just answers with its client.
     *
     * @throws io.clientele.client.MandatoryFieldMissingException when the draft lacks a mandatory field
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ConversionResult convert(long id, Client draft, @Nullable Long linkTo) {
        Opportunity o = opportunities
                .findForUpdate(id)
                .filter(this::canSee)
                .orElseThrow(() -> new OpportunityNotFoundException(id));
        Long existingId = o.getClientId();
        if (existingId != null) {
            return new ConversionResult(existingId, clientName(existingId), false);
        }
        LocalDate today = LocalDate.now(clock);
        if (linkTo != null) {
            Client target = clients.get(linkTo);
            opportunities.markWon(id, linkTo, today);
            return new ConversionResult(linkTo, target.getName(), false);
        }
        if (!draft.isNew()) {
            throw new IllegalArgumentException("The draft must be a new client");
        }
        Client created = clients.save(draft);
        long clientId = Objects.requireNonNull(created.getId());
        if (!o.contactName().isEmpty()) {
            Contact contact = contacts.newContact(clientId);
            contact.setFirstName(o.getFirstName());
            contact.setLastName(o.getLastName());
            contact.setEmail(o.getEmail());
            contact.setPhone(o.getPhone());
            contact.setPrimary(true);
            contacts.save(contact);
        }
        opportunities.markWon(id, clientId, today);
        return new ConversionResult(clientId, created.getName(), true);
    }

    private String clientName(long clientId) {
        try {
            return clients.get(clientId).getName();
        } catch (ClientNotFoundException e) {
            return "";
        }
    }

    private boolean canSee(Opportunity o) {
        Long staffId = scope.caller().restrictedToStaffId();
        return staffId == null || staffId.equals(o.getOwnerId());
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Opportunity> o, OpportunityFilter filter) {
        List<Predicate> all = new ArrayList<>();
        Long staffId = scope.caller().restrictedToStaffId();
        if (staffId != null) {
            all.add(cb.equal(o.get("ownerId"), staffId));
        }
        if (filter.stage() != null) {
            all.add(cb.equal(o.get("stage"), filter.stage()));
        }
        String search = filter.normalizedSearch();
        if (!search.isEmpty()) {
            String pattern =
                    "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all.add(cb.or(
                    cb.like(o.get("companyName"), pattern, '\\'),
                    cb.like(o.get("email"), pattern, '\\'),
                    cb.like(o.get("firstName"), pattern, '\\'),
                    cb.like(o.get("lastName"), pattern, '\\')));
        }
        return all.toArray(Predicate[]::new);
    }

    private List<Order> orders(CriteriaBuilder cb, From<?, Opportunity> o, Sort sort) {
        List<Order> orders = new ArrayList<>();
        Sort effective = sort.isSorted() ? sort : Sort.by(Sort.Order.desc(SORT_INQUIRY));
        for (Sort.Order order : effective) {
            String attribute = SORTS.get(order.getProperty());
            if (attribute == null) {
                throw new IllegalArgumentException("Opportunities cannot be sorted by " + order.getProperty());
            }
            Path<Object> path = o.get(attribute);
            orders.add(order.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.desc(o.get("id")));
        return orders;
    }
}
