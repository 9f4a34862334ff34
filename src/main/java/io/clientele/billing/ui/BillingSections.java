package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.DocumentType;
import io.clientele.client.ui.ClientSection;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client overview's Invoices, Quotes and Payments tabs. Each has a Create button with the client pre-selected;
 * changes refresh the whole overview, since the amount owed in its header moves with them.
 */
@Configuration
class BillingSections {

    @Bean
    ClientSection invoicesSection(BillingEditors editors, BillingActions actions) {
        return section(20, "invoices", "billing.invoice.title", "billing.invoice.new", (clientId, context) -> {
            DocumentTable table = new DocumentTable(
                    DocumentType.INVOICE,
                    editors,
                    actions,
                    false,
                    context.canEdit(),
                    () -> BillingFilter.ofClient(clientId),
                    context::refresh);
            return new Content(table, () -> editors.newInvoice(clientId, saved -> context.refresh()));
        });
    }

    @Bean
    ClientSection quotesSection(BillingEditors editors, BillingActions actions) {
        return section(30, "quotes", "billing.quote.title", "billing.quote.new", (clientId, context) -> {
            DocumentTable table = new DocumentTable(
                    DocumentType.QUOTE,
                    editors,
                    actions,
                    false,
                    context.canEdit(),
                    () -> BillingFilter.ofClient(clientId),
                    context::refresh);
            return new Content(table, () -> editors.newQuote(clientId, saved -> table.refresh()));
        });
    }

    /** Issued by the invoices' Credit note / Cancel actions, so this tab has no Create button of its own. */
    @Bean
    ClientSection creditNotesSection(BillingEditors editors, BillingActions actions) {
        return section(35, "credit-notes", "billing.credit.title", null, (clientId, context) -> {
            CreditNoteTable table = new CreditNoteTable(
                    editors,
                    context.canEdit() ? actions : null,
                    () -> BillingFilter.ofClient(clientId),
                    context::refresh);
            return new Content(table, () -> {});
        });
    }

    @Bean
    ClientSection paymentsSection(BillingEditors editors) {
        return section(40, "payments", "billing.payment.title", "billing.payment.new", (clientId, context) -> {
            PaymentTable table = new PaymentTable(
                    editors, false, context.canEdit(), () -> BillingFilter.ofClient(clientId), context::refresh);
            return new Content(table, () -> editors.newPayment(clientId, null, context::refresh));
        });
    }

    private record Content(Component table, Runnable create) {}

    private interface Factory {
        Content build(long clientId, ClientSection.ClientContext context);
    }

    private static ClientSection section(
            int order, String id, String titleKey, @Nullable String createKey, Factory factory) {
        return new ClientSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public Component create(long clientId, ClientContext context) {
                Content content = factory.build(clientId, context);
                VerticalLayout layout = new VerticalLayout();
                if (createKey != null) {
                    Button create = new Button(UI.getCurrent().getTranslation(createKey), VaadinIcon.PLUS.create());
                    create.setId("section-new-" + id);
                    create.setVisible(context.canEdit());
                    create.addClickListener(e -> content.create().run());
                    layout.add(create);
                }
                layout.add(content.table());
                layout.setPadding(false);
                layout.setHeight("32rem");
                layout.setFlexGrow(1, content.table());
                return layout;
            }
        };
    }
}
