package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Shown by {@link FormMerge} when the user and someone else changed the same fields: lists each such field with the
 * value the user started from, the stored value and the user's, and lets the user keep theirs or apply their own for
 * these fields — everything else is already merged — or drop all of their input and see the stored version. Nothing
 * is saved until the user chooses.
 */
public class ConflictDialog extends Dialog {

    /** One field both changed: its label and the values as displayed. */
    public record Change(String field, String base, String theirs, String yours) {}

    public final Grid<Change> grid = new Grid<>();
    public final Paragraph kept = new Paragraph();
    public final Button reload = new Button();
    public final Button keepTheirs = new Button();
    public final Button reapply = new Button();

    ConflictDialog(
            List<Change> conflicts,
            List<String> keptTheirs,
            Runnable onReload,
            Runnable onKeepTheirs,
            Runnable onKeepMine) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(56rem, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        grid.setId("conflict-fields");
        grid.addColumn(Change::field).setKey("field").setHeader(getTranslation("conflict.field"));
        grid.addColumn(Change::base).setKey("base").setHeader(getTranslation("conflict.base"));
        grid.addColumn(Change::theirs).setKey("theirs").setHeader(getTranslation("conflict.theirs"));
        grid.addColumn(Change::yours).setKey("yours").setHeader(getTranslation("conflict.yours"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(conflicts);
        kept.setId("conflict-kept");
        kept.setText(getTranslation("conflict.kept", String.join(", ", keptTheirs)));
        kept.setVisible(!keptTheirs.isEmpty());
        add(new Paragraph(getTranslation("conflict.intro")), grid, kept);

        reload.setText(getTranslation("conflict.reload"));
        reload.setId("conflict-reload");
        reload.addClickListener(e -> {
            close();
            onReload.run();
        });
        keepTheirs.setText(getTranslation("conflict.keep-theirs"));
        keepTheirs.setId("conflict-keep-theirs");
        keepTheirs.addClickListener(e -> {
            close();
            onKeepTheirs.run();
        });
        reapply.setText(getTranslation("conflict.reapply"));
        reapply.setId("conflict-reapply");
        reapply.addThemeVariants(ButtonVariant.PRIMARY);
        reapply.addClickListener(e -> {
            close();
            onKeepMine.run();
        });
        getFooter().add(reload, keepTheirs, reapply);
    }
}
