package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * An invoice's public link: the address to copy or open, and buttons to replace it (regenerate) or switch it off
 * (revoke). What the buttons do is its owner's business ({@link DocumentMailActions}); this only shows the state.
 */
class PublicLinkDialog extends Dialog {

    final TextField url = new TextField();
    final Button copy = new Button();
    final Anchor open = new Anchor();
    final Button regenerate = new Button();
    final Button revoke = new Button();
    final Button close = new Button();

    PublicLinkDialog(String number) {
        setId("public-link-dialog");
        setHeaderTitle(getTranslation("billing.public.dialog.title", number));
        setWidth("min(44rem, 95vw)");

        Paragraph help = new Paragraph(getTranslation("billing.public.dialog.help"));
        help.addClassName("public-link-help");
        url.setId("public-link-url");
        url.setLabel(getTranslation("billing.public.dialog.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setPlaceholder(getTranslation("billing.public.dialog.none"));

        copy.setId("public-link-copy");
        copy.setText(getTranslation("billing.public.copy"));
        open.setId("public-link-open");
        open.setText(getTranslation("billing.public.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener");
        // The public page is opened as the client would, in a new tab, not by the back office's router.
        open.getElement().setAttribute("router-ignore", true);
        regenerate.setId("public-link-regenerate");
        revoke.setId("public-link-revoke");
        revoke.setText(getTranslation("billing.public.revoke"));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(copy, open, regenerate, revoke);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.addClassName("public-link-actions");
        add(help, url, actions);

        close.setId("public-link-close");
        close.setText(getTranslation("billing.public.close"));
        close.addClickListener(e -> close());
        getFooter().add(close);
    }

    /** Shows the current link, or that there is none (after a revoke): then only "Create link" makes sense. */
    void show(@Nullable String link) {
        boolean active = link != null;
        url.setValue(active ? link : "");
        copy.setEnabled(active);
        revoke.setEnabled(active);
        open.setEnabled(active);
        open.setVisible(active);
        if (active) {
            open.setHref(link);
        } else {
            open.removeHref();
        }
        regenerate.setText(getTranslation(active ? "billing.public.regenerate" : "billing.public.create"));
    }
}
