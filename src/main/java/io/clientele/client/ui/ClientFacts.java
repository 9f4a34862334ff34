package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.Formats;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the overview says about a client under its name: how to reach it, its company or people, what it owes, its
 * localization, groups and people responsible, its addresses and notes.
 */
class ClientFacts extends VerticalLayout {

    private static final int MAX_PEOPLE = 20;

    ClientFacts(
            Client c,
            ClientService clients,
            UserDirectory users,
            SettingsService settings,
            LeadSourceService leadSources) {
        setPadding(false);
        addClassName("client-facts");
        Div facts = new Div();
        facts.addClassName("overview-facts");
        Client company = c.getCompany();
        if (c.getType() == ClientType.INDIVIDUAL && company != null && company.getId() != null) {
            facts.add(fact("client.field.company", link(company.getName(), company.getId())));
        }
        if (c.getEmail() != null) {
            facts.add(fact("client.field.email", new Anchor("mailto:" + c.getEmail(), c.getEmail())));
        }
        addText(facts, "client.field.phone", c.getPhone());
        addText(facts, "client.field.mobile", c.getMobile());
        if (c.getWebsite() != null) {
            String href = c.getWebsite().matches("(?i)^https?://.*") ? c.getWebsite() : "https://" + c.getWebsite();
            facts.add(fact("client.field.website", new Anchor(href, c.getWebsite(), AnchorTarget.BLANK)));
        }
        addText(facts, "client.field.tax-id", c.getTaxId());
        addText(facts, "client.field.alternate-email", c.getAlternateEmail());
        addText(facts, "client.field.designation", c.getDesignation());
        addText(facts, "client.field.communication-id", c.getCommunicationId());
        addText(
                facts,
                "client.field.lead-source",
                leadSources.find(c.getLeadSourceId()).map(LeadSource::getName).orElse(null));
        if (c.getInquiryDate() != null) {
            addText(facts, "client.field.inquiry-date", LocalizedFormat.date(c.getInquiryDate(), getLocale()));
        }
        if (c.getFinalizedDate() != null) {
            addText(facts, "client.field.finalized-date", LocalizedFormat.date(c.getFinalizedDate(), getLocale()));
        }
        if (c.getType() == ClientType.COMPANY) {
            List<ClientRow> people = clients.members(Objects.requireNonNull(c.getId()), MAX_PEOPLE + 1);
            if (!people.isEmpty()) {
                Div links = new Div();
                links.addClassName("fact-links");
                people.stream().limit(MAX_PEOPLE).forEach(p -> links.add(link(p.name(), p.id())));
                if (people.size() > MAX_PEOPLE) {
                    links.add(new Span(getTranslation("client.overview.more-people")));
                }
                facts.add(fact("client.overview.people", links));
            }
        }

        Div localization = new Div();
        localization.addClassName("overview-facts");
        Span owed = new Span(LocalizedFormat.money(c.getAmountOwed(), c.getCurrency(), getLocale()));
        owed.setId("overview-balance");
        owed.addClassName("amount-owed");
        localization.add(fact("client.overview.owes", owed));
        localization.add(fact(
                "client.field.currency",
                new Span(c.getCurrency() + " \u2013 "
                        + Currency.getInstance(c.getCurrency()).getDisplayName(getLocale()))));
        settings.paymentTerm(c.getPaymentTermId())
                .ifPresent(term -> localization.add(fact(
                        "client.field.payment-terms",
                        new Span(getTranslation("client.payment-terms.label", term.getName(), term.getDays())))));
        localization.add(fact(
                "client.field.language",
                new Span(Locale.forLanguageTag(c.getLanguage()).getDisplayLanguage(getLocale()))));
        if (!c.getGroups().isEmpty()) {
            HorizontalLayout groupBadges = new HorizontalLayout();
            groupBadges.setSpacing(false);
            groupBadges.addClassName("badge-row");
            c.getGroups().stream()
                    .map(ClientGroup::getName)
                    .sorted()
                    .forEach(g -> groupBadges.add(Formats.badge(g, "primary")));
            localization.add(fact("client.field.groups", groupBadges));
        }
        if (c.getOwnerId() != null) {
            users.find(c.getOwnerId())
                    .ifPresent(o -> localization.add(fact("client.field.owner", new Span(o.displayName()))));
        }
        if (!c.getAssignedStaffIds().isEmpty()) {
            localization.add(fact(
                    "client.field.assigned-staff",
                    new Span(users.find(c.getAssignedStaffIds()).stream()
                            .map(UserRef::displayName)
                            .sorted()
                            .collect(Collectors.joining(", ")))));
        }

        Div addresses = new Div();
        addresses.addClassName("overview-addresses");
        addresses.add(addressCard("client.section.billing-address", c.getBillingAddress()));
        addresses.add(addressCard("client.section.shipping-address", c.effectiveShippingAddress()));

        add(facts, localization, addresses);
        if (c.getNotes() != null && !c.getNotes().isBlank()) {
            Div notes = section("client.field.notes", new Paragraph(c.getNotes()));
            notes.addClassName("overview-notes");
            add(notes);
        }
    }

    private Component link(String text, long id) {
        return ClientOverviewView.link(text, id);
    }

    private Div addressCard(String titleKey, Address address) {
        String text = address.formatted(getLocale());
        Paragraph body = new Paragraph(text.isEmpty() ? getTranslation("client.overview.no-address") : text);
        body.addClassName("address-text");
        return section(titleKey, body);
    }

    private Div section(String titleKey, Component body) {
        Div card = new Div(new H3(getTranslation(titleKey)), body);
        card.addClassName("overview-card");
        return card;
    }

    private void addText(Div facts, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(fact(key, new Span(value)));
        }
    }

    private Div fact(String labelKey, Component value) {
        return Formats.fact(getTranslation(labelKey), value);
    }
}
