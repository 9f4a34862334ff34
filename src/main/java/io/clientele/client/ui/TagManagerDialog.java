package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import io.clientele.client.ClientTags.TagUsage;
import io.clientele.client.TagColour;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * "Manage tags" from the client list (issue 22): every tag, a page at a time, with how many of the user's clients
 * carry it; pick one to rename it, give it another colour of the palette or delete it (asking first, with the count).
 */
class TagManagerDialog extends Dialog {

    final Grid<TagUsage> grid = new Grid<>();
    final TextField name = new TextField();
    final Select<TagColour> colour = new Select<>();
    final Button save = new Button();
    final Button delete = new Button();

    private final ClientTags tags;
    private final Runnable onChange;

    TagManagerDialog(ClientTags tags, Runnable onChange) {
        this.tags = tags;
        this.onChange = onChange;
        setId("tag-manager");
        setHeaderTitle(getTranslation("tag.manage.title"));
        setWidth("32rem");
        grid.setId("tag-manager-grid");
        grid.setHeight("16rem");
        grid.addColumn(LitRenderer.<TagUsage>of("<span class=\"client-tag ${item.css}\">${item.name}</span>")
                        .withProperty("css", u -> u.tag().getColour().cssClass())
                        .withProperty("name", u -> u.tag().getName()))
                .setKey("name")
                .setHeader(getTranslation("tag.manage.name"))
                .setFlexGrow(1);
        grid.addColumn(TagUsage::clients)
                .setKey("clients")
                .setHeader(getTranslation("tag.manage.clients"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> tags.page(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addSelectionListener(
                e -> edit(e.getFirstSelectedItem().map(TagUsage::tag).orElse(null)));

        name.setId("tag-manager-name");
        name.setLabel(getTranslation("tag.manage.name"));
        name.setMaxLength(ClientTag.NAME_MAX);
        colour.setId("tag-manager-colour");
        colour.setLabel(getTranslation("tag.manage.colour"));
        colour.setItems(TagColour.values());
        colour.setItemLabelGenerator(c -> getTranslation("tag.colour." + c.name()));
        save.setId("tag-manager-save");
        save.setText(getTranslation("tag.manage.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("tag-manager-delete");
        delete.setText(getTranslation("tag.manage.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> confirmDelete());
        edit(null);
        HorizontalLayout editor = new HorizontalLayout(name, colour);
        editor.setWidthFull();
        add(grid, editor);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("tag-manager-close");
        getFooter().add(delete, close, save);
    }

    private void edit(@Nullable ClientTag tag) {
        boolean chosen = tag != null;
        name.setValue(chosen ? tag.getName() : "");
        name.setInvalid(false);
        colour.setValue(chosen ? tag.getColour() : null);
        name.setEnabled(chosen);
        colour.setEnabled(chosen);
        save.setEnabled(chosen);
        delete.setEnabled(chosen);
    }

    private ClientTag selected() {
        return grid.getSelectedItems().iterator().next().tag();
    }

    private void save() {
        long id = Objects.requireNonNull(selected().getId());
        try {
            tags.rename(id, name.getValue());
            if (colour.getValue() != null) {
                tags.recolour(id, colour.getValue());
            }
            Notifications.success(
                    getTranslation("tag.manage.saved", name.getValue().strip()));
            changed();
        } catch (RuleViolationException e) {
            name.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            name.setInvalid(true);
        }
    }

    private void confirmDelete() {
        ClientTag tag = selected();
        long id = Objects.requireNonNull(tag.getId());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-tag-delete");
        confirm.setHeader(getTranslation("tag.delete.title", tag.getName()));
        confirm.setText(getTranslation("tag.delete.text", tags.clientCount(id)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tag.manage.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            try {
                tags.delete(id);
                Notifications.success(getTranslation("tag.delete.done", tag.getName()));
                changed();
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
        });
        confirm.open();
    }

    private void changed() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        onChange.run();
    }
}
