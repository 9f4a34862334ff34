package io.clientele.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import java.util.Objects;

/**
 * What every signed-in shell (back office and Client Center) owes keyboard and screen-reader users: the view sits in
 * the page's one {@code <main>} landmark, and a "Skip to content" link is the first Tab stop. Focus moves to the
 * view's heading after each navigation ({@link Accessibility}).
 */
public abstract class AppShellLayout extends AppLayout {

    public static final String MAIN_ID = "main-content";

    private final Main main = new Main();

    protected AppShellLayout() {
        main.setId(MAIN_ID);
        main.addClassName("main-content");
        // Focusable by script only, so that the skip link and the focus after navigation can land here.
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("layout.skip-to-content"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        // Handled in the page, not by the router: the link only moves focus into the main landmark.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const m = document.getElementById($0); if (m) { m.focus(); } })",
                        MAIN_ID);
        addToNavbar(skip);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The main landmark the views are shown in. */
    public Main getMain() {
        return main;
    }
}
