package io.clientele.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import org.springframework.dao.OptimisticLockingFailureException;

/** The payment terms clients and invoices choose from: add, rename, change days, delete unused ones. */
class PaymentTermsPanel extends Composite<VerticalLayout> {

    final Grid<PaymentTerm> grid = new Grid<>();
    final Button add = new Button();
    private final SettingsService settings;
    private final Runnable afterChange;

    PaymentTermsPanel(SettingsService settings, Runnable afterChange) {
        this.settings = settings;
        this.afterChange = afterChange;
        add.setId("payment-term-add");
        add.setText(getTranslation("settings.payment-term.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> edit(new PaymentTerm("", 30)));
        grid.setId("payment-terms-grid");
        grid.addColumn(PaymentTerm::getName).setKey("name").setHeader(getTranslation("settings.payment-term.name"));
        grid.addColumn(PaymentTerm::getDays).setKey("days").setHeader(getTranslation("settings.payment-term.days"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48rem");
        getContent().add(add, grid);
        reload();
    }

    private HorizontalLayout actions(PaymentTerm term) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(term));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("settings.rename"));
        edit.setId("payment-term-edit-" + term.getId());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(term));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("settings.delete"));
        delete.setId("payment-term-delete-" + term.getId());
        return new HorizontalLayout(edit, delete);
    }

    private void edit(PaymentTerm term) {
        new NameDialog(
                        getTranslation(term.isNew() ? "settings.payment-term.add" : "settings.payment-term.edit"),
                        getTranslation("settings.payment-term.name"),
                        term.getName(),
                        PaymentTerm.NAME_MAX,
                        term.getDays(),
                        dialog -> {
                            term.setName(dialog.name.getValue());
                            term.setDays(dialog.daysValue());
                            return save(term);
                        })
                .open();
    }

    private boolean save(PaymentTerm term) {
        try {
            settings.save(term);
            reload();
            Notifications.success(getTranslation("settings.saved"));
            return true;
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("settings.conflict"));
            reload();
        }
        return false;
    }

    private void confirmDelete(PaymentTerm term) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-payment-term");
        confirm.setHeader(getTranslation("settings.payment-term.delete.title"));
        confirm.setText(getTranslation("settings.payment-term.delete.text", term.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("settings.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            try {
                settings.delete(term);
                reload();
                Notifications.success(getTranslation("settings.deleted", term.getName()));
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
        });
        confirm.open();
    }

    private void reload() {
        grid.setItems(settings.paymentTerms());
        afterChange.run();
    }
}
