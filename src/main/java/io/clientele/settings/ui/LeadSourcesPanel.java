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
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import org.springframework.dao.OptimisticLockingFailureException;

/** The lead sources clients and opportunities choose from: add, rename, delete unused ones. */
class LeadSourcesPanel extends Composite<VerticalLayout> {

    final Grid<LeadSource> grid = new Grid<>();
    final Button add = new Button();
    private final LeadSourceService sources;

    LeadSourcesPanel(LeadSourceService sources) {
        this.sources = sources;
        add.setId("lead-source-add");
        add.setText(getTranslation("settings.lead-source.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> edit(new LeadSource()));
        grid.setId("lead-sources-grid");
        grid.addColumn(LeadSource::getName).setKey("name").setHeader(getTranslation("settings.lead-source.name"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48rem");
        getContent().add(add, grid);
        reload();
    }

    private HorizontalLayout actions(LeadSource source) {
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> edit(source));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.setAriaLabel(getTranslation("settings.rename"));
        rename.setId("lead-source-rename-" + source.getId());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(source));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("settings.delete"));
        delete.setId("lead-source-delete-" + source.getId());
        return new HorizontalLayout(rename, delete);
    }

    private void edit(LeadSource source) {
        new NameDialog(
                        getTranslation(source.isNew() ? "settings.lead-source.add" : "settings.lead-source.rename"),
                        getTranslation("settings.lead-source.name"),
                        source.getName(),
                        LeadSource.NAME_MAX,
                        null,
                        dialog -> {
                            String previous = source.getName();
                            source.setName(dialog.name.getValue());
                            try {
                                sources.save(source);
                                reload();
                                Notifications.success(getTranslation("settings.saved"));
                                return true;
                            } catch (RuleViolationException e) {
                                source.setName(previous);
                                dialog.name.setInvalid(true);
                                dialog.name.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
                            } catch (OptimisticLockingFailureException e) {
                                Notifications.error(getTranslation("settings.conflict"));
                                reload();
                            }
                            return false;
                        })
                .open();
    }

    private void confirmDelete(LeadSource source) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-lead-source");
        confirm.setHeader(getTranslation("settings.lead-source.delete.title"));
        confirm.setText(getTranslation("settings.lead-source.delete.text", source.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("settings.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            try {
                sources.delete(source);
                reload();
                Notifications.success(getTranslation("settings.deleted", source.getName()));
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
        });
        confirm.open();
    }

    private void reload() {
        grid.setItems(sources.all());
    }
}
