package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.LogoUpload;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientLogos;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A client's logo: what is stored, an upload that replaces it (saved at once, checked as the company logo is) and
 * Remove. The list and the overview show it; the client's documents never do.
 */
class ClientLogoDialog extends Dialog {

    final Div preview = new Div();
    final Upload upload;
    final Button remove = new Button();
    private final ClientLogos logos;
    private final long clientId;
    private final Runnable afterChange;

    ClientLogoDialog(ClientLogos logos, long clientId, Runnable afterChange) {
        this.logos = logos;
        this.clientId = clientId;
        this.afterChange = afterChange;
        setId("client-logo-dialog");
        setHeaderTitle(getTranslation("client.logo.title"));
        preview.setId("client-logo-preview");
        preview.addClassName("client-logo-preview");
        upload = LogoUpload.create("client-logo-upload", "client.logo.upload", "client.logo.drop", this::uploaded);
        remove.setId("client-logo-remove");
        remove.setText(getTranslation("client.logo.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClickListener(e -> {
            logos.remove(clientId);
            show(null);
            afterChange.run();
            Notifications.success(getTranslation("client.logo.removed"));
        });
        Button close = new Button(getTranslation("client.logo.close"), e -> close());
        close.setId("client-logo-close");
        add(new Paragraph(getTranslation("client.logo.help")), preview, upload);
        getFooter().add(remove, close);
        show(logos.logo(clientId).orElse(null));
    }

    /** An upload arrived: stored if it is a PNG or JPEG within the limits, else the reason is shown. */
    void uploaded(byte[] content) {
        try {
            show(logos.save(clientId, content));
            afterChange.run();
            Notifications.success(getTranslation("client.logo.saved"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
        upload.clearFileList();
    }

    private void show(ClientLogos.@Nullable Logo logo) {
        preview.removeAll();
        if (logo == null) {
            preview.add(new Span(getTranslation("client.logo.none")));
        } else {
            preview.add(image(logo, getTranslation("client.logo.alt")));
        }
        remove.setVisible(logo != null);
    }

    /** The stored logo as an image element, served from memory by this UI only. */
    static Image image(ClientLogos.Logo logo, String alt) {
        Image image = new Image(
                DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(logo.content()), "logo", logo.contentType(), logo.content().length)),
                alt);
        image.addClassName("client-logo-large");
        return image;
    }
}
