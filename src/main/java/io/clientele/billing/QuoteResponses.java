package io.clientele.billing;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.billing.QuoteResponse.Decision;
import io.clientele.client.ClientScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' answers to sent quotes: a Client Center login accepts (typed name as signature, optional note and PO
 * number) or declines (with a reason) a sent, unexpired quote of its own client, which then stands Approved or
 * Rejected. Answers to one quote run one after the other on the quote's locked row, so a double click or two logins
 * answering at once give one answer: the second sees the first and gets it back. A declined quote takes no
 * acceptance until it is sent again.
 */
@Service
@Transactional(readOnly = true)
public class QuoteResponses {

    /** A quote a client may still answer: sent (and maybe seen), not decided, not converted. */
    private static final Set<QuoteStatus> OPEN = EnumSet.of(QuoteStatus.SENT, QuoteStatus.VIEWED);

    private final QuoteResponseRepository responses;
    private final ClientScope scope;
    private final UserDirectory users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuoteResponses(
            QuoteResponseRepository responses,
            ClientScope scope,
            UserDirectory users,
            Clock clock,
            ApplicationEventPublisher events) {
        this.responses = responses;
        this.scope = scope;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Accepts a quote of the client for the calling login. Accepting a quote this client already accepted returns
     * that acceptance unchanged.
     *
     * @throws RuleViolationException {@code quoteaccept.signature-required}, {@code quoteaccept.too-long} (with the
     *     limit), {@code quoteaccept.not-open} (declined, converted, …), {@code quoteaccept.expired} (with the date)
     * @throws DocumentNotFoundException for another client's quote, a draft or an unknown id
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.CLIENT)
    public QuoteResponse accept(
            long clientId, long quoteId, String signedName, @Nullable String note, @Nullable String poNumber) {
        if (signedName.isBlank()) {
            throw new RuleViolationException("quoteaccept.signature-required");
        }
        capped(signedName, QuoteResponse.SIGNED_NAME_MAX);
        capped(note, QuoteResponse.NOTE_MAX);
        capped(poNumber, QuoteResponse.PO_NUMBER_MAX);
        return answer(clientId, quoteId, Decision.ACCEPTED, signedName.strip(), note, poNumber);
    }

    /**
     * Declines a quote of the client for the calling login, with the reason the client gives. Declining a quote this
     * client already declined returns that answer unchanged.
     *
     * @throws RuleViolationException {@code quoteaccept.reason-required}, {@code quoteaccept.too-long},
     *     {@code quoteaccept.not-open}, {@code quoteaccept.expired}
     * @throws DocumentNotFoundException for another client's quote, a draft or an unknown id
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.CLIENT)
    public QuoteResponse decline(long clientId, long quoteId, String reason) {
        if (reason.isBlank()) {
            throw new RuleViolationException("quoteaccept.reason-required");
        }
        capped(reason, QuoteResponse.NOTE_MAX);
        return answer(clientId, quoteId, Decision.DECLINED, null, reason.strip(), null);
    }

    /** The newest answer to a quote of the client, for the Client Center. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<QuoteResponse> latestOf(long clientId, long quoteId) {
        scope.require(clientId);
        return responses.lockFreeQuote(clientId, quoteId).flatMap(q -> latest(quoteId));
    }

    /** The newest answer to a quote the back-office caller may see, if the client answered it. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
    public Optional<QuoteResponse> latestFor(Quote quote) {
        if (!scope.canSee(quote.getClient())) {
            return Optional.empty();
        }
        return latest(Objects.requireNonNull(quote.getId()));
    }

    private QuoteResponse answer(
            long clientId,
            long quoteId,
            Decision decision,
            @Nullable String signedName,
            @Nullable String note,
            @Nullable String poNumber) {
        scope.require(clientId);
        Quote quote = responses
                .lockQuote(clientId, quoteId)
                .filter(q -> q.getNumber() != null)
                .orElseThrow(() -> new DocumentNotFoundException(quoteId));
        QuoteStatus done = decision == Decision.ACCEPTED ? QuoteStatus.APPROVED : QuoteStatus.REJECTED;
        Optional<QuoteResponse> previous = latest(quoteId);
        if (quote.getStatus() == done && previous.isPresent() && previous.get().getDecision() == decision) {
            return previous.get(); // the same answer again: a double click or a colleague a moment earlier
        }
        if (!OPEN.contains(quote.getStatus())) {
            throw new RuleViolationException("quoteaccept.not-open", String.valueOf(quote.getNumber()));
        }
        LocalDate validUntil = quote.getDueDate();
        if (validUntil != null && validUntil.isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("quoteaccept.expired", String.valueOf(quote.getNumber()), validUntil);
        }
        Long accountId = users.currentScope().accountId();
        String accountName = accountId == null
                ? ""
                : users.find(accountId).map(UserRef::displayName).orElse("");
        QuoteResponse saved = responses.save(new QuoteResponse(
                quoteId,
                decision,
                signedName,
                note,
                poNumber,
                accountId,
                accountName,
                // To the second, as every database here keeps it (MariaDB through Connector/J dropped the
                // fraction), so a repeated answer reads back exactly the first.
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        quote.setStatus(done);
        responses.flush();
        events.publishEvent(new QuoteResponded(Objects.requireNonNull(saved.getId()), quoteId, clientId));
        return saved;
    }

    private Optional<QuoteResponse> latest(long quoteId) {
        return responses.latest(quoteId, PageRequest.of(0, 1)).stream().findFirst();
    }

    private static void capped(@Nullable String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new RuleViolationException("quoteaccept.too-long", max);
        }
    }
}
