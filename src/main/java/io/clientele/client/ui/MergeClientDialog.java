package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientMerge;
import io.clientele.client.ClientMergeService;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientSort;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Merges a duplicate: pick the other client with a search, which of the two survives, and per differing field
 * whose value stays (side by side); shows what moves and refuses up front what the service would refuse.
 */
class MergeClientDialog extends Dialog {

    final ComboBox<ClientRow> other = new ComboBox<>();
    final RadioButtonGroup<Long> survivor = new RadioButtonGroup<>();
    final VerticalLayout fields = new VerticalLayout();
    final Paragraph moving = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button merge = new Button();
    final Map<String, RadioButtonGroup<Boolean>> choices = new LinkedHashMap<>();

    private final ClientMergeService merges;
    private final long clientId;
    private final String clientName;
    private final LongConsumer afterMerge;
    private @Nullable ClientMerge plan;

    MergeClientDialog(
            ClientService clients,
            ClientMergeService merges,
            long clientId,
            @Nullable ClientRow preselected,
            LongConsumer afterMerge) {
        this.merges = merges;
        this.clientId = clientId;
        this.clientName = clients.get(clientId).getName();
        this.afterMerge = afterMerge;
        setId("merge-dialog");
        setHeaderTitle(getTranslation("client.merge.title", clientName));
        setWidth("48rem");

        other.setId("merge-other");
        other.setLabel(getTranslation("client.merge.other"));
        other.setWidthFull();
        // Lazy: the book may hold a million clients; the search is the list's own.
        other.setItems(query -> clients
                .list(
                        ClientFilter.live(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(ClientSort.NAME)))
                .stream()
                .filter(row -> row.id() != clientId));
        other.setItemLabelGenerator(row ->
                row.email() == null ? row.name() : getTranslation("client.merge.other.item", row.name(), row.email()));
        other.addValueChangeListener(e -> {
            survivor.setItems(
                    e.getValue() == null ? List.of() : List.of(e.getValue().id(), clientId));
            if (e.getValue() != null) {
                survivor.setValue(e.getValue().id());
            }
            refresh();
        });

        survivor.setId("merge-survivor");
        survivor.setLabel(getTranslation("client.merge.survivor"));
        survivor.setItemLabelGenerator(id -> id == clientId
                ? clientName
                : other.getValue() == null ? "" : other.getValue().name());
        survivor.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                refresh();
            }
        });

        fields.setId("merge-fields");
        fields.setPadding(false);
        moving.setId("merge-moving");
        problem.setId("merge-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);

        merge.setId("merge-confirm");
        merge.setText(getTranslation("client.merge.confirm"));
        merge.addThemeVariants(ButtonVariant.PRIMARY);
        merge.setEnabled(false);
        merge.addClickListener(e -> run());
        Button cancel = new Button(getTranslation("client.merge.cancel"), e -> close());
        cancel.setId("merge-cancel");

        add(new Paragraph(getTranslation("client.merge.intro")), other, survivor, problem, fields, moving);
        getFooter().add(cancel, merge);
        if (preselected != null) {
            other.setValue(preselected);
        }
    }

    private long mergedId() {
        return survivor.getValue() == clientId ? other.getValue().id() : clientId;
    }

    /** Re-reads the differences and what moves for the chosen pair and direction. */
    private void refresh() {
        fields.removeAll();
        choices.clear();
        problem.setVisible(false);
        moving.setText("");
        plan = null;
        if (other.getValue() == null || survivor.getValue() == null) {
            merge.setEnabled(false);
            return;
        }
        try {
            plan = merges.preview(mergedId(), survivor.getValue());
        } catch (ClientNotFoundException | RuleViolationException e) {
            merge.setEnabled(false);
            problem.setText(getTranslation("client.merge.unavailable"));
            problem.setVisible(true);
            return;
        }
        if (plan.differences().isEmpty()) {
            fields.add(new Paragraph(getTranslation("client.merge.no-differences")));
        }
        for (ClientMerge.Difference d : plan.differences()) {
            RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>();
            choice.setId("merge-field-" + d.field());
            choice.setLabel(getTranslation(d.labelKey()));
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setItems(false, true);
            choice.setItemLabelGenerator(fromMerged -> getTranslation(
                    fromMerged ? "client.merge.value.merged" : "client.merge.value.survivor",
                    display(fromMerged ? d.mergedValue() : d.survivorValue()),
                    fromMerged ? plan.mergedName() : plan.survivorName()));
            choice.setValue(false);
            if (d.field().equals("currency") && plan.requiredCurrency() != null) {
                boolean mergedHasIt = plan.requiredCurrency().equals(d.mergedValue());
                choice.setValue(mergedHasIt);
                choice.setReadOnly(true);
                choice.setHelperText(getTranslation("client.merge.currency-locked", plan.requiredCurrency()));
            }
            choices.put(d.field(), choice);
            fields.add(choice);
        }
        String moves = plan.moving().entrySet().stream()
                .map(en -> getTranslation(en.getKey(), en.getValue()))
                .collect(Collectors.joining(", "));
        moving.setText(
                moves.isEmpty()
                        ? getTranslation("client.merge.moving.none", plan.mergedName())
                        : getTranslation("client.merge.moving", plan.mergedName(), plan.survivorName(), moves));
        if (plan.currencyConflict()) {
            problem.setText(getTranslation("client.merge.currency-conflict.short"));
            problem.setVisible(true);
        }
        merge.setEnabled(!plan.currencyConflict());
    }

    private String display(@Nullable String value) {
        return value == null ? getTranslation("client.history.none") : value;
    }

    private void run() {
        ClientMerge current = plan;
        if (current == null) {
            return;
        }
        Set<String> fromMerged = new HashSet<>();
        choices.forEach((field, choice) -> {
            if (Boolean.TRUE.equals(choice.getValue())) {
                fromMerged.add(field);
            }
        });
        try {
            Map<String, Long> moved = merges.merge(current.mergedId(), current.survivorId(), fromMerged);
            String moves = moved.entrySet().stream()
                    .map(en -> getTranslation(en.getKey(), en.getValue()))
                    .collect(Collectors.joining(", "));
            Notifications.success(getTranslation(
                    "client.merge.done",
                    current.mergedName(),
                    current.survivorName(),
                    moves.isEmpty() ? getTranslation("client.history.none") : moves));
            close();
            afterMerge.accept(current.survivorId());
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (ClientNotFoundException e) {
            Notifications.error(getTranslation("client.merge.unavailable"));
        }
    }
}
