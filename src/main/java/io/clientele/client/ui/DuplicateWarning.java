package io.clientele.client.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.clientele.client.ClientService;
import io.clientele.client.LikelyDuplicate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "A client like this exists": shown above a new client's fields while its e-mail, tax ID or name matches an
 * existing client, with a link to each. A warning only; the user may still create the client.
 */
class DuplicateWarning extends Div {

    private final ClientService clients;
    private List<LikelyDuplicate> shown = List.of();

    DuplicateWarning(ClientService clients, String id) {
        this.clients = clients;
        setId(id);
        addClassName("duplicate-warning");
        getElement().setAttribute("role", "status");
        getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        setVisible(false);
    }

    /** Looks the values up and shows what matches; hides itself when nothing does. */
    void check(@Nullable String email, @Nullable String taxId, @Nullable String name) {
        shown = clients.findLikelyDuplicates(email, taxId, name);
        removeAll();
        setVisible(!shown.isEmpty());
        if (shown.isEmpty()) {
            return;
        }
        add(new Span(getTranslation("client.duplicate.warning") + " "));
        for (LikelyDuplicate d : shown) {
            Div line = new Div(
                    ClientOverviewView.link(d.name(), d.id()),
                    new Span(" (" + getTranslation(d.match().labelKey()) + ")"));
            line.addClassName("duplicate-warning-item");
            add(line);
        }
    }

    List<LikelyDuplicate> shown() {
        return shown;
    }
}
