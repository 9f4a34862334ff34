package io.clientele.settings.ui;

import com.vaadin.flow.component.grid.Grid;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import java.util.List;

/** The payment terms clients and invoices choose from: add, rename, change days, delete unused ones. */
class PaymentTermsPanel extends NamedListPanel<PaymentTerm> {

    private final SettingsService settings;
    private final Runnable afterChange;

    PaymentTermsPanel(SettingsService settings, Runnable afterChange) {
        super("payment-term", "payment-terms-grid", PaymentTerm.NAME_MAX);
        this.settings = settings;
        this.afterChange = afterChange;
        reload();
    }

    @Override
    protected void addColumns(Grid<PaymentTerm> grid) {
        grid.addColumn(PaymentTerm::getDays).setKey("days").setHeader(getTranslation("settings.payment-term.days"));
    }

    @Override
    protected Integer days(PaymentTerm term) {
        return term.getDays();
    }

    @Override
    protected void setDays(PaymentTerm term, int days) {
        term.setDays(days);
    }

    @Override
    protected List<PaymentTerm> items() {
        return settings.paymentTerms();
    }

    @Override
    protected PaymentTerm newItem() {
        return new PaymentTerm("", 30);
    }

    @Override
    protected void save(PaymentTerm term) {
        settings.save(term);
    }

    @Override
    protected void delete(PaymentTerm term) {
        settings.delete(term);
    }

    @Override
    protected void afterReload() {
        afterChange.run();
    }
}
