package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.clientele.client.LikelyDuplicate;
import java.util.List;

/**
 * "This client may already exist": shown when a new client matches existing ones. Names each match with a link
 * (opened in a new tab, so the typed form is not lost) and the reason, and creates the client only on an explicit
 * "Create anyway". Going back keeps the form as typed.
 */
public class DuplicateDialog extends Dialog {

    public final Button back = new Button();
    public final Button createAnyway = new Button();
    public final Div matches = new Div();

    public DuplicateDialog(List<LikelyDuplicate> found, Runnable onCreateAnyway) {
        setId("duplicate-dialog");
        setHeaderTitle(getTranslation("client.duplicate.title"));
        setWidth("min(36rem, 95vw)");
        setCloseOnOutsideClick(false);
        matches.setId("duplicate-matches");
        for (LikelyDuplicate d : found) {
            Anchor link = new Anchor(ClientOverviewView.href(d.id()), d.name());
            link.setTarget(AnchorTarget.BLANK);
            link.setId("duplicate-link-" + d.id());
            Div line = new Div(link, new Span(" (" + getTranslation(d.match().labelKey()) + ")"));
            line.addClassName("duplicate-warning-item");
            matches.add(line);
        }
        add(new Paragraph(getTranslation("client.duplicate.text")), matches);
        back.setText(getTranslation("client.duplicate.back"));
        back.setId("duplicate-back");
        back.addClickListener(e -> close());
        // Going back is the safe default: it has the focus, so Enter does not create the duplicate.
        back.setAutofocus(true);
        createAnyway.setText(getTranslation("client.duplicate.create-anyway"));
        createAnyway.setId("duplicate-create-anyway");
        createAnyway.addThemeVariants(ButtonVariant.ERROR);
        createAnyway.addClickListener(e -> {
            close();
            onCreateAnyway.run();
        });
        getFooter().add(back, createAnyway);
    }
}
