package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import java.util.Set;

/**
 * "Add tag…" / "Remove tag…" on the list's selected rows (issue 22): one tag, picked with completion (for adding, a
 * new name too), applied in one transaction to the selected clients the user may edit; a notification says how many
 * changed and how many were refused.
 */
class TagBatchDialog extends Dialog {

    final ComboBox<ClientTag> tag = new ComboBox<>();
    final Button apply = new Button();

    private final ClientTags tags;
    private final Set<Long> clientIds;
    private final boolean adding;
    private final Runnable onDone;

    TagBatchDialog(ClientTags tags, Set<Long> clientIds, boolean adding, Runnable onDone) {
        this.tags = tags;
        this.clientIds = Set.copyOf(clientIds);
        this.adding = adding;
        this.onDone = onDone;
        setId("tag-batch-dialog");
        setHeaderTitle(getTranslation(adding ? "tag.batch.add.title" : "tag.batch.remove.title", clientIds.size()));
        tag.setId("tag-batch-tag");
        tag.setLabel(getTranslation("tag.batch.tag"));
        tag.setItems(query -> tags.suggest(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        tag.setItemLabelGenerator(ClientTag::getName);
        tag.setRenderer(LitRenderer.<ClientTag>of("<span class=\"client-tag ${item.css}\">${item.name}</span>")
                .withProperty("css", t -> t.getColour().cssClass())
                .withProperty("name", ClientTag::getName));
        tag.setWidthFull();
        if (adding) {
            // Enter on a name no tag has yet: that name, created when applied.
            tag.setAllowCustomValue(true);
            tag.setHelperText(getTranslation("tag.field.helper"));
            tag.addCustomValueSetListener(e -> typed(e.getDetail()));
        }
        add(tag);
        apply.setId("tag-batch-apply");
        apply.setText(getTranslation(adding ? "tag.batch.add" : "tag.batch.remove"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickListener(e -> apply());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("tag-batch-cancel");
        getFooter().add(cancel, apply);
    }

    private void typed(String text) {
        try {
            tag.setValue(new ClientTag(ClientTags.normalise(text)));
            tag.setInvalid(false);
        } catch (RuleViolationException e) {
            tag.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            tag.setInvalid(true);
        }
    }

    private void apply() {
        ClientTag chosen = tag.getValue();
        if (chosen == null) {
            tag.setErrorMessage(getTranslation("tag.batch.choose"));
            tag.setInvalid(true);
            return;
        }
        try {
            ClientTags.BatchResult result;
            if (adding) {
                result = tags.add(clientIds, chosen.getName());
            } else {
                result = tags.remove(clientIds, java.util.Objects.requireNonNull(chosen.getId()));
            }
            String text = getTranslation(
                    adding ? "tag.batch.added" : "tag.batch.removed", result.changed(), chosen.getName());
            if (result.refused() > 0) {
                text += " " + getTranslation("tag.batch.refused", result.refused());
                Notifications.error(text);
            } else {
                Notifications.success(text);
            }
            close();
            onDone.run();
        } catch (RuleViolationException e) {
            tag.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            tag.setInvalid(true);
        }
    }
}
