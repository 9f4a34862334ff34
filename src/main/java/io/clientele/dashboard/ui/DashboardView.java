package io.clientele.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.SvgBars;
import io.clientele.base.ui.ViewHeader;
import io.clientele.billing.CurrencySum;
import io.clientele.billing.DocumentRow;
import io.clientele.client.GroupSize;
import io.clientele.client.RecentClient;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.crm.ReminderRow;
import io.clientele.dashboard.Dashboard;
import io.clientele.dashboard.DashboardService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The back office's home page: what is owed and overdue, what falls due this week, what came in this month, the
 * user's reminders, recently changed clients and the largest groups. Every tile links into the list behind it.
 */
@Route("dashboard")
@Menu(order = 5, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Invoice list addresses with the status filter set (InvoiceListView reads the "status" parameter). */
    static final String OPEN_INVOICES = "invoices?status=SENT&status=VIEWED&status=OVERDUE";

    static final String OVERDUE_INVOICES = "invoices?status=OVERDUE";
    static final String UNPAID_NOT_DUE = "invoices?status=SENT&status=VIEWED";

    final Dashboard figures;

    public DashboardView(DashboardService dashboard) {
        setId("dashboard");
        addClassName("dashboard-view");
        setWidthFull();
        figures = dashboard.read();
        Div tiles = new Div(outstanding(), dueThisWeek(), received(), reminders(), recentClients(), topGroups());
        tiles.addClassName("dashboard-tiles");
        add(new ViewHeader(getTranslation("dashboard.title")), tiles);
    }

    private Component outstanding() {
        Map<String, BigDecimal> overdue =
                figures.overdue().stream().collect(Collectors.toMap(CurrencySum::currency, CurrencySum::amount));
        Div tile = tile("dashboard-outstanding", "dashboard.outstanding");
        if (figures.outstanding().isEmpty()) {
            tile.add(note("dashboard.outstanding.none"));
        }
        for (CurrencySum sum : figures.outstanding()) {
            BigDecimal late = overdue.getOrDefault(sum.currency(), BigDecimal.ZERO);
            Span figure = new Span(money(sum.amount(), sum.currency()));
            figure.addClassName("tile-figure");
            figure.setId("outstanding-" + sum.currency());
            Span lateFigure = new Span(getTranslation("dashboard.overdue.amount", money(late, sum.currency())));
            lateFigure.setId("overdue-" + sum.currency());
            if (late.signum() > 0) {
                lateFigure.addClassName("tile-figure-overdue");
            }
            tile.add(figure, lateFigure);
        }
        if (!figures.outstanding().isEmpty()) {
            // Each currency's own bar, as shares of what it is owed: amounts in different currencies never share a
            // scale.
            List<SvgBars.Bar> bars = figures.outstanding().stream()
                    .map(s -> {
                        double all = s.amount().doubleValue();
                        double late = overdue.getOrDefault(s.currency(), BigDecimal.ZERO)
                                .doubleValue();
                        return new SvgBars.Bar(
                                s.currency(),
                                Math.max(0, all - late) / all,
                                late / all,
                                money(s.amount(), s.currency()));
                    })
                    .toList();
            tile.add(SvgBars.chart(getTranslation("dashboard.outstanding.chart"), bars), legend());
        }
        tile.add(links(
                link("dashboard.link.open-invoices", OPEN_INVOICES),
                link("dashboard.link.overdue-invoices", OVERDUE_INVOICES)));
        return tile;
    }

    private Component legend() {
        Div legend = new Div(
                swatch("legend-first", "dashboard.legend.not-due"),
                swatch("legend-second", "dashboard.legend.overdue"));
        legend.addClassName("chart-legend");
        // The chart's own text alternative already says what the colours mean.
        legend.getElement().setAttribute("aria-hidden", "true");
        return legend;
    }

    private Span swatch(String cssClass, String key) {
        Span colour = new Span();
        colour.addClassNames("legend-swatch", cssClass);
        return new Span(colour, new Span(getTranslation(key)));
    }

    private Component dueThisWeek() {
        Div tile = tile("dashboard-due", "dashboard.due");
        Span count = new Span(String.valueOf(figures.dueThisWeekCount()));
        count.addClassName("tile-figure");
        count.setId("due-count");
        Paragraph period = new Paragraph(getTranslation(
                "dashboard.due.period",
                LocalizedFormat.date(figures.today(), getLocale()),
                LocalizedFormat.date(figures.weekEnd(), getLocale())));
        period.addClassName("tile-note");
        tile.add(count, period);
        tile.add(list(
                "due-list",
                figures.dueThisWeek(),
                (DocumentRow d) -> row(
                        ClientOverviewView.link(d.number() + " · " + d.clientName(), d.clientId()),
                        new Span(LocalizedFormat.date(d.dueDate(), getLocale()) + " · "
                                + money(d.balance(), d.currency())))));
        tile.add(links(link("dashboard.link.unpaid-invoices", UNPAID_NOT_DUE)));
        return tile;
    }

    private Component received() {
        Div tile = tile("dashboard-received", "dashboard.received");
        if (figures.receivedThisMonth().isEmpty()) {
            tile.add(note("dashboard.received.none"));
        }
        for (CurrencySum sum : figures.receivedThisMonth()) {
            Span figure = new Span(money(sum.amount(), sum.currency()));
            figure.addClassName("tile-figure");
            figure.setId("received-" + sum.currency());
            tile.add(figure, new Span(getTranslation("dashboard.received.count", sum.count())));
        }
        Paragraph since = new Paragraph(
                getTranslation("dashboard.received.since", LocalizedFormat.date(figures.monthStart(), getLocale())));
        since.addClassName("tile-note");
        tile.add(since, links(link("dashboard.link.payments", "payments")));
        return tile;
    }

    private Component reminders() {
        Div tile = tile("dashboard-reminders", "dashboard.reminders");
        Span count = new Span(String.valueOf(figures.myOpenReminders()));
        count.addClassName("tile-figure");
        count.setId("reminder-count");
        tile.add(count);
        ZoneId zone = ZoneId.systemDefault();
        tile.add(list("reminder-list", figures.myReminders(), (ReminderRow r) -> {
            Span due = new Span(LocalizedFormat.date(r.dueAt().atZone(zone).toLocalDate(), getLocale()));
            if (r.overdue()) {
                due.addClassName("overdue");
            }
            return row(ClientOverviewView.link(r.description() + " · " + r.clientName(), r.clientId()), due);
        }));
        tile.add(links(link("dashboard.link.reminders", "reminders")));
        return tile;
    }

    private Component recentClients() {
        Div tile = tile("dashboard-recent", "dashboard.recent");
        ZoneId zone = ZoneId.systemDefault();
        tile.add(list(
                "recent-list",
                figures.recentClients(),
                (RecentClient c) -> row(
                        ClientOverviewView.link(c.name(), c.id()),
                        new Span(LocalizedFormat.date(c.updatedAt().atZone(zone).toLocalDate(), getLocale())))));
        tile.add(links(link("dashboard.link.clients", "clients")));
        return tile;
    }

    private Component topGroups() {
        Div tile = tile("dashboard-groups", "dashboard.groups");
        if (figures.topGroups().isEmpty()) {
            tile.add(note("dashboard.groups.none"));
            return tile;
        }
        tile.add(SvgBars.chart(
                getTranslation("dashboard.groups.chart"),
                figures.topGroups().stream()
                        .map(g -> new SvgBars.Bar(g.name(), g.clients(), 0, String.valueOf(g.clients())))
                        .toList()));
        tile.add(list(
                "group-list",
                figures.topGroups(),
                (GroupSize g) -> row(
                        anchor(g.name(), "clients?group=" + g.groupId()),
                        new Span(getTranslation("dashboard.groups.clients", g.clients())))));
        return tile;
    }

    private Div tile(String id, String titleKey) {
        Div tile = new Div(new H3(getTranslation(titleKey)));
        tile.setId(id);
        tile.addClassName("dashboard-tile");
        return tile;
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("tile-note");
        return p;
    }

    private <T> Component list(String id, List<T> items, Function<T, ListItem> row) {
        if (items.isEmpty()) {
            Paragraph none = note("dashboard.list.none");
            none.setId(id);
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("tile-list");
        items.forEach(i -> list.add(row.apply(i)));
        return list;
    }

    private static ListItem row(Component left, Component right) {
        return new ListItem(left, right);
    }

    private Div links(Anchor... anchors) {
        Div links = new Div(anchors);
        links.addClassName("tile-links");
        return links;
    }

    private Anchor link(String key, String href) {
        return anchor(getTranslation(key), href);
    }

    private static Anchor anchor(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        // Navigated by the router, not reloaded.
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private String money(BigDecimal amount, String currency) {
        return LocalizedFormat.money(amount, currency, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
