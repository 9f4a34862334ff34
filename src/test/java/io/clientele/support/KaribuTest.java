package io.clientele.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.base.security.SystemAuthentication;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of every UI test: a mocked Vaadin environment over the real Spring context and database, routes discovered
 * once, and a login helper that puts a real account's principal where Vaadin's security looks for it.
 */
public abstract class KaribuTest extends SpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.clientele");

    static {
        // Karibu's own error routes stay in charge: a refused or unknown route throws in the test (MockAccessDenied,
        // NotFound) instead of rendering the app's "not available" page, which NotAvailablePageTest covers.
        ROUTES.getErrorRoutes().removeIf(c -> c.getName().startsWith("io.clientele."));
    }

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Logs in as a stored account (see {@link TestData#account}) and reloads the current page as that user. */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        // Vaadin's security context strategy reads the context from the HTTP session when a Vaadin session exists.
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        Set<String> roles = user.getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent()
                    .getSession()
                    .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected static <T extends Component> T navigate(String path, Class<T> expected) {
        UI.getCurrent().navigate(path);
        return _get(expected);
    }

    /**
     * Selects the tab with id {@code tabId} of the tab sheet with id {@code sheetId}, as a click on it would; fails
     * when the sheet has no such tab.
     */
    protected static void selectTab(String sheetId, String tabId) {
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId(sheetId));
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getId().orElse("").equals(tabId)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("no tab " + tabId + " in " + sheetId);
    }

    /** Presses the confirm button of the open confirmation dialog, as the user would. */
    protected static void confirm(ConfirmDialog dialog) {
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        dialog.close();
    }

    /**
     * Sets a field's value as if the user had typed or picked it (a client-originated change), refusing fields the
     * user could not change. Karibu 2.6.2's own {@code _setValue} calls a Flow method that Vaadin 25.2 renamed.
     */
    protected static <V> void userSets(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        assertThat(component.isVisible()).as("field is visible").isTrue();
        assertThat(component.getElement().isEnabled()).as("field is enabled").isTrue();
        assertThat(field.isReadOnly()).as("field is read-only").isFalse();
        if (field instanceof AbstractField<?, ?> abstractField) {
            try {
                Method setModelValue =
                        AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
                setModelValue.setAccessible(true);
                setModelValue.invoke(abstractField, value, true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        } else {
            field.setValue(value);
        }
    }

    /** The component a grid's component column renders for a row; grid cells are not attached in Karibu. */
    protected static <T extends Component> T cell(Grid<?> grid, int row, String columnKey, Class<T> type) {
        return type.cast(GridKt._getCellComponent(grid, row, columnKey));
    }

    protected static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /**
     * Runs a change as another user's session would: on its own thread, with its own security context, while this
     * test's UI keeps what it has loaded. Waits for it to finish.
     */
    protected static void inOtherSession(Runnable change) {
        var pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> SystemAuthentication.run(change)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .toList();
    }

    /**
     * Waits until {@code done} holds, running the UI's queue meanwhile: work started with
     * {@link io.clientele.base.ui.Background} hands its result back through {@code UI.access}.
     */
    protected static void awaitUi(BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            MockVaadin.runUIQueue();
            if (done.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("background work finished in time").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
