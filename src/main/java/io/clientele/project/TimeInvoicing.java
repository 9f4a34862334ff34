package io.clientele.project;

import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Money;
import io.clientele.billing.TaxCategory;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a project's work into draft invoices: billable time not yet billed (by period, grouped per entry, person, day
 * or all in one line) at the project's hourly rate, or a share of a fixed-price project's price. Billed entries name
 * their invoice and line and cannot be changed; the invoice's withdrawal (draft deleted, invoice credited in full)
 * releases them ({@link TimeBillingRelease}). Invoicing a project runs one at a time (the project row is locked) and
 * bills only entries still unbilled, so two users at once make one invoice. Visibility is that of
 * {@link ProjectService#get}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class TimeInvoicing {

    /** The line texts, in the client's language ({@code project-invoice/lines*.properties}). */
    private static final String BUNDLE = "project-invoice.lines";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String HOURS = "HUR";

    /** What a period holds to invoice: entries, hours, and their amount at the project's rate in the client's currency. */
    public record Unbilled(
            int entries, BigDecimal hours, @Nullable BigDecimal rate, BigDecimal amount, String currency) {}

    /** A fixed-price project's price and the share of it on invoices that still charge it. */
    public record FixedPrice(BigDecimal price, BigDecimal invoicedPercent, String currency) {

        /** What is left to invoice, in percent (never below 0). */
        public BigDecimal remainingPercent() {
            return HUNDRED.subtract(invoicedPercent).max(BigDecimal.ZERO);
        }
    }

    private final ProjectService projects;
    private final ProjectRepository projectRows;
    private final TimeEntryRepository entries;
    private final ProjectMilestoneRepository milestones;
    private final InvoiceService invoices;
    private final ClientService clients;
    private final UserDirectory users;

    TimeInvoicing(
            ProjectService projects,
            ProjectRepository projectRows,
            TimeEntryRepository entries,
            ProjectMilestoneRepository milestones,
            InvoiceService invoices,
            ClientService clients,
            UserDirectory users) {
        this.projects = projects;
        this.projectRows = projectRows;
        this.entries = entries;
        this.milestones = milestones;
        this.invoices = invoices;
        this.clients = clients;
        this.users = users;
    }

    /** The billable, unbilled time of a project in a period (either end may be open). */
    public Unbilled unbilled(long projectId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Project project = projects.get(projectId);
        String currency =
                clients.get(Objects.requireNonNull(project.getClientId())).getCurrency();
        List<TimeEntry> open = entries.unbilled(projectId, from, to);
        BigDecimal hours = open.stream().map(TimeInvoicing::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = project.getHourlyRate();
        BigDecimal amount = rate == null ? Money.zero(currency) : Money.lineAmount(hours, rate, currency);
        return new Unbilled(open.size(), hours, rate, amount, currency);
    }

    /**
     * A draft invoice for the project's unbilled billable time in the period, grouped as asked, at the project's hourly
     * rate and {@code taxRate}; the entries become billed on its lines.
     *
     * @throws RuleViolationException {@code project.invoice.not-hourly}, {@code project.invoice.no-rate},
     *     {@code project.invoice.nothing} (nothing left to bill: maybe someone else just did),
     *     {@code project.invoice.period} (from after to)
     */
    @Transactional
    public Invoice invoiceTime(
            long projectId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            TimeGrouping grouping,
            BigDecimal taxRate) {
        Project project = lock(projectId);
        if (project.getBillingMethod() != BillingMethod.HOURLY) {
            throw new RuleViolationException("project.invoice.not-hourly");
        }
        BigDecimal rate = project.getHourlyRate();
        if (rate == null || rate.signum() <= 0) {
            throw new RuleViolationException("project.invoice.no-rate");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolationException("project.invoice.period");
        }
        List<TimeEntry> open = entries.unbilled(projectId, from, to);
        if (open.isEmpty()) {
            throw new RuleViolationException("project.invoice.nothing");
        }
        long clientId = Objects.requireNonNull(project.getClientId());
        Client client = clients.get(clientId);
        Locale locale = Locale.forLanguageTag(client.getLanguage());
        Texts texts = new Texts(locale);
        List<Group> groups = group(open, grouping, project, texts, from, to);

        Invoice draft = invoices.newInvoice(clientId);
        List<DocumentLine> lines = new ArrayList<>();
        for (Group group : groups) {
            BigDecimal hours =
                    group.entries().stream().map(TimeInvoicing::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(line(group.text(), hours, rate, taxRate, HOURS));
        }
        draft.setLines(lines);
        Invoice saved = invoices.save(draft);
        List<DocumentLine> savedLines = saved.getLines();
        int i = 0;
        for (Group group : groups) {
            long lineId = Objects.requireNonNull(savedLines.get(i++).getId());
            List<Long> ids = group.entries().stream()
                    .map(e -> Objects.requireNonNull(e.getId()))
                    .toList();
            if (entries.bill(ids, Objects.requireNonNull(saved.getId()), lineId) != ids.size()) {
                // Someone billed one of them between our read and now: this invoice must not charge it again.
                throw new RuleViolationException("project.invoice.nothing");
            }
        }
        return saved;
    }

    /** A fixed-price project's price and what of it is invoiced. */
    public FixedPrice fixedPrice(long projectId) {
        Project project = projects.get(projectId);
        String currency =
                clients.get(Objects.requireNonNull(project.getClientId())).getCurrency();
        BigDecimal price = project.getFixedCost() == null ? BigDecimal.ZERO : project.getFixedCost();
        return new FixedPrice(price, milestones.invoicedPercent(projectId), currency);
    }

    /**
     * A draft invoice for {@code percent} of a fixed-price project's price (100 for the whole price at once). The
     * shares on invoices that still charge them never add up to more than 100 %.
     *
     * @throws RuleViolationException {@code project.invoice.not-fixed}, {@code project.invoice.no-price},
     *     {@code project.invoice.percent-positive} (not above 0), {@code project.invoice.over} (more than what is left)
     */
    @Transactional
    public Invoice invoiceMilestone(long projectId, BigDecimal percent, BigDecimal taxRate) {
        Project project = lock(projectId);
        if (project.getBillingMethod() != BillingMethod.FIXED) {
            throw new RuleViolationException("project.invoice.not-fixed");
        }
        BigDecimal price = project.getFixedCost();
        if (price == null || price.signum() <= 0) {
            throw new RuleViolationException("project.invoice.no-price");
        }
        if (percent.signum() <= 0) {
            throw new RuleViolationException("project.invoice.percent-positive");
        }
        BigDecimal left = HUNDRED.subtract(milestones.invoicedPercent(projectId));
        if (percent.compareTo(left) > 0) {
            throw new RuleViolationException(
                    "project.invoice.over", left.stripTrailingZeros().toPlainString());
        }
        long clientId = Objects.requireNonNull(project.getClientId());
        Client client = clients.get(clientId);
        Texts texts = new Texts(Locale.forLanguageTag(client.getLanguage()));
        String currency = client.getCurrency();
        BigDecimal amount = Money.round(price.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP), currency);
        Invoice draft = invoices.newInvoice(clientId);
        String label = percent.compareTo(HUNDRED) == 0
                ? texts.format("line.fixed", project.getName())
                : texts.format(
                        "line.milestone",
                        project.getName(),
                        NumberFormat.getNumberInstance(texts.locale).format(percent.stripTrailingZeros()));
        draft.setLines(new ArrayList<>(List.of(line(label, BigDecimal.ONE, amount, taxRate, "C62"))));
        Invoice saved = invoices.save(draft);
        milestones.saveAndFlush(
                new ProjectMilestone(projectId, Objects.requireNonNull(saved.getId()), percent, amount));
        return saved;
    }

    private Project lock(long projectId) {
        projects.get(projectId); // visibility first: another client's project is "not found"
        return projectRows.lockById(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    /** One invoice line to be: its text and the entries it charges. */
    private record Group(String text, List<TimeEntry> entries) {}

    private List<Group> group(
            List<TimeEntry> open,
            TimeGrouping grouping,
            Project project,
            Texts texts,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Map<Long, String> names = users
                .find(open.stream()
                        .map(e -> Objects.requireNonNull(e.getUserId()))
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(UserRef::id, UserRef::displayName, (a, b) -> a));
        Function<TimeEntry, String> name = e -> names.getOrDefault(e.getUserId(), "");
        Function<TimeEntry, String> day = e -> LocalizedFormat.date(e.getWorkDate(), texts.locale);
        if (grouping == TimeGrouping.ENTRY) {
            // One line per entry, even when two read alike.
            return open.stream()
                    .map(e -> new Group(
                            texts.format(
                                    "line.entry",
                                    day.apply(e),
                                    name.apply(e),
                                    e.getDescription() == null ? texts.get("line.work") : e.getDescription()),
                            List.of(e)))
                    .toList();
        }
        Function<TimeEntry, String> text = switch (grouping) {
            case USER -> e -> texts.format("line.user", project.getName(), name.apply(e));
            case DAY -> e -> texts.format("line.day", project.getName(), day.apply(e));
            default ->
                e -> texts.format(
                        "line.period",
                        project.getName(),
                        LocalizedFormat.date(from == null ? open.getFirst().getWorkDate() : from, texts.locale),
                        LocalizedFormat.date(to == null ? open.getLast().getWorkDate() : to, texts.locale));
        };
        Map<String, List<TimeEntry>> groups = new LinkedHashMap<>();
        for (TimeEntry e : open) {
            groups.computeIfAbsent(text.apply(e), x -> new ArrayList<>()).add(e);
        }
        return groups.entrySet().stream()
                .map(g -> new Group(g.getKey(), g.getValue()))
                .toList();
    }

    private static DocumentLine line(
            String text, BigDecimal quantity, BigDecimal price, BigDecimal taxRate, String unit) {
        String description =
                text.length() > DocumentLine.DESCRIPTION_MAX ? text.substring(0, DocumentLine.DESCRIPTION_MAX) : text;
        DocumentLine line = new DocumentLine(description, quantity, price, taxRate);
        line.setUnitCode(unit);
        line.setTaxCategory(taxRate.signum() > 0 ? TaxCategory.STANDARD : null);
        return line;
    }

    private static BigDecimal hours(TimeEntry e) {
        return e.getHours() == null ? BigDecimal.ZERO : e.getHours();
    }

    /** The line texts in one language. */
    private static final class Texts {
        final Locale locale;
        private final ResourceBundle bundle;

        Texts(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
    }
}
