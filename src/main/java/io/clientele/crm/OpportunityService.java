package io.clientele.crm;

import io.clientele.base.domain.PageCap;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
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

    public static final String SORT_COMPANY = "companyName";
    public static final String SORT_STAGE = "stage";
    public static final String SORT_INQUIRY = "inquiryDate";
    public static final String SORT_VALUE = "expectedValue";

    private final OpportunityRepository opportunities;
    private final OpportunityQueries queries;
    private final ClientScope scope;
    private final ClientService clients;
    private final ClientFieldRules fieldRules;
    private final ContactService contacts;
    private final UserDirectory users;
    private final Clock clock;

    OpportunityService(
            OpportunityRepository opportunities,
            OpportunityQueries queries,
            ClientScope scope,
            ClientService clients,
            ClientFieldRules fieldRules,
            ContactService contacts,
            UserDirectory users,
            Clock clock) {
        this.opportunities = opportunities;
        this.queries = queries;
        this.scope = scope;
        this.clients = clients;
        this.fieldRules = fieldRules;
        this.contacts = contacts;
        this.users = users;
        this.clock = clock;
    }

    /** One page of the list, filtered and sorted in SQL, with the owners' names. */
    public List<OpportunityRow> list(OpportunityFilter filter, Pageable page) {
        List<OpportunityRow> rows = queries.page(
                filter, scope.caller().restrictedToStaffId(), page.getOffset(), PageCap.size(page), page.getSort());
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
        return queries.count(filter, scope.caller().restrictedToStaffId());
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
        client.setLeadSourceId(
                o.getLeadSource() == null ? null : o.getLeadSource().getId());
        client.setInquiryDate(o.getInquiryDate());
        client.setFinalizedDate(LocalDate.now(clock));
        Set<ClientField> missing = EnumSet.noneOf(ClientField.class);
        fieldRules.mandatory().stream().filter(f -> !f.isFilled(client)).forEach(missing::add);
        return new ConversionDraft(client, missing);
    }

    /**
     * Existing clients (that the caller may see) like the draft — the same e-mail, tax ID or name key, as for a client
     * entered by hand: before creating a new client, the user chooses between linking the opportunity to one of them
     * and creating the client anyway.
     */
    public List<LikelyDuplicate> likelyDuplicates(Client draft) {
        return clients.findLikelyDuplicates(draft.getEmail(), draft.getTaxId(), draft.getName());
    }

    /**
     * Marks the opportunity Won and links it to a client: the existing {@code linkTo} client, or else the draft (see
     * {@link #draftConversion}) created now with the opportunity's contact as its primary contact. Converting twice —
     * even in two concurrent calls — never creates a second client: the opportunity's row is locked first, and an
     * opportunity already converted just answers with its client.
     *
     * @param createAnyway the user saw the {@link #likelyDuplicates} and chose to create the client all the same
     * @throws io.clientele.client.MandatoryFieldMissingException when the draft lacks a mandatory field
     * @throws io.clientele.client.DuplicateClientException when a new client is to be created, {@code createAnyway}
     *     is false and existing clients look like it (checked here too, not only in the dialog: a match may have been
     *     created since the user was asked); nothing is changed
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ConversionResult convert(long id, Client draft, @Nullable Long linkTo, boolean createAnyway) {
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
        Client created = clients.create(draft, createAnyway);
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
}
