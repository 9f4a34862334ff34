package io.clientele.recurring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.recurring.RecurringNotFoundException;
import io.clientele.recurring.RecurringProfile;
import io.clientele.recurring.RecurringRunRow;
import io.clientele.recurring.RecurringService;
import io.clientele.recurring.RecurringStatus;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The Recurring tab of a client's overview: its recurring invoice profiles with status and next date, the actions on
 * the selected one, and the invoices it created.
 */
class RecurringTab extends VerticalLayout {

    final Grid<RecurringProfile> grid = new Grid<>();
    final Grid<RecurringRunRow> runs = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button pause = new Button();
    final Button resume = new Button();
    final Button stop = new Button();
    final PagedGrid<RecurringProfile> pagedGrid;
    final PagedGrid<RecurringRunRow> pagedRuns;

    private final RecurringService recurring;
    private final boolean canEdit;
    private @Nullable Long selectedId;

    RecurringTab(RecurringService recurring, long clientId, boolean canEdit) {
        this.recurring = recurring;
        this.canEdit = canEdit;
        addClassName("recurring-tab");
        setPadding(false);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        grid.setId("recurring-grid");
        grid.addColumn(RecurringProfile::getTitle)
                .setHeader(getTranslation("recurring.column.title"))
                .setKey("title")
                .setFlexGrow(2);
        grid.addColumn(p -> schedule(p))
                .setHeader(getTranslation("recurring.column.schedule"))
                .setKey("schedule");
        grid.addColumn(p -> getTranslation("recurring.mode." + p.getMode().name()))
                .setHeader(getTranslation("recurring.column.mode"))
                .setKey("mode");
        grid.addColumn(p -> p.getNextDate() == null || p.getStatus() != RecurringStatus.ACTIVE
                        ? ""
                        : dates.format(p.getNextDate()))
                .setHeader(getTranslation("recurring.column.next"))
                .setKey("next");
        grid.addColumn(RecurringProfile::getGeneratedCount)
                .setHeader(getTranslation("recurring.column.created"))
                .setKey("created");
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("recurring.column.status"))
                .setKey("status")
                .setFlexGrow(2);
        pagedGrid = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> recurring.forClient(clientId, page), () -> recurring.countForClient(clientId)));
        grid.addSelectionListener(e -> {
            RecurringProfile chosen = e.getFirstSelectedItem().orElse(null);
            selectedId = chosen == null ? null : chosen.getId();
            update(chosen == null ? null : chosen.getStatus());
        });

        runs.setId("recurring-runs");
        runs.addColumn(r -> dates.format(r.periodStart()))
                .setHeader(getTranslation("recurring.runs.period"))
                .setKey("period");
        runs.addColumn(r -> r.status() == null
                        ? getTranslation("recurring.runs.deleted")
                        : r.number() == null ? getTranslation("recurring.runs.draft") : r.number())
                .setHeader(getTranslation("recurring.runs.invoice"))
                .setKey("invoice");
        runs.addColumn(r -> r.status() == null
                        ? ""
                        : getTranslation("billing.status.invoice." + r.status().name()))
                .setHeader(getTranslation("recurring.runs.status"))
                .setKey("status");
        pagedRuns = new PagedGrid<>(
                runs,
                PagedGrid.Source.of(
                        page -> selectedId == null ? List.of() : recurring.runs(selectedId, page),
                        () -> selectedId == null ? 0 : recurring.countRuns(selectedId)));
        H4 runsTitle = new H4(getTranslation("recurring.runs.title"));

        add.setId("recurring-add");
        add.setText(getTranslation("recurring.action.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(
                e -> new RecurringProfileDialog(recurring, recurring.newProfile(clientId), this::refresh).open());
        edit.setId("recurring-edit");
        edit.setText(getTranslation("recurring.action.edit"));
        edit.addClickListener(e -> act(id -> {
            new RecurringProfileDialog(recurring, recurring.get(id), this::refresh).open();
            return null;
        }));
        pause.setId("recurring-pause");
        pause.setText(getTranslation("recurring.action.pause"));
        pause.addClickListener(e -> act(recurring::pause));
        resume.setId("recurring-resume");
        resume.setText(getTranslation("recurring.action.resume"));
        resume.addClickListener(e -> act(recurring::resume));
        stop.setId("recurring-stop");
        stop.setText(getTranslation("recurring.action.stop"));
        stop.addThemeVariants(ButtonVariant.ERROR);
        stop.addClickListener(e -> act(recurring::stop));
        HorizontalLayout toolbar = new HorizontalLayout(add, edit, pause, resume, stop);
        toolbar.setVisible(canEdit);
        add(toolbar, pagedGrid, runsTitle, pagedRuns);
        pagedGrid.refresh();
        update(null);
    }

    private String schedule(RecurringProfile p) {
        return getTranslation(
                "recurring.schedule." + p.getFrequency().name(),
                p.getEvery(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .format(p.getStartDate()));
    }

    private Component status(RecurringProfile p) {
        String text = getTranslation("recurring.status." + p.getStatus().name());
        String reason = p.getStatusReason();
        if (reason != null) {
            text = text + ": " + getTranslation(reason, p.getStatusArguments());
        }
        Span badge = Formats.badge(
                text,
                switch (p.getStatus()) {
                    case ACTIVE -> "success";
                    case PAUSED -> "warning";
                    case STOPPED -> "error";
                });
        badge.addClassName("recurring-status");
        return badge;
    }

    /** Enables what the selected profile's status allows, and lists what it created. */
    private void update(@Nullable RecurringStatus status) {
        edit.setEnabled(canEdit && status != null && status != RecurringStatus.STOPPED);
        pause.setEnabled(canEdit && status == RecurringStatus.ACTIVE);
        resume.setEnabled(canEdit && status == RecurringStatus.PAUSED);
        stop.setEnabled(canEdit && status != null && status != RecurringStatus.STOPPED);
        pagedRuns.refresh();
    }

    private void act(LongFunction<@Nullable RecurringProfile> action) {
        if (selectedId == null) {
            return;
        }
        try {
            RecurringProfile changed = action.apply(selectedId);
            if (changed != null) {
                Notifications.success(getTranslation(
                        "recurring.changed." + changed.getStatus().name(), changed.getTitle()));
                refresh();
            }
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (RecurringNotFoundException e) {
            Notifications.error(getTranslation("recurring.gone"));
            refresh();
        }
    }

    void refresh() {
        pagedGrid.refresh();
        RecurringStatus status = null;
        if (selectedId != null) {
            try {
                status = recurring.get(selectedId).getStatus();
            } catch (RecurringNotFoundException e) {
                selectedId = null;
                grid.deselectAll();
            }
        }
        update(status);
    }
}
