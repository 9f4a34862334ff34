package io.clientele.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import io.clientele.client.ui.ClientListView;
import io.clientele.client.ui.ClientTrashView;
import io.clientele.dashboard.ui.DashboardView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.Test;

class AccessTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_from_any_view() {
        for (String path : new String[] {"", "clients", "clients/trash", "clients/1"}) {
            UI.getCurrent().navigate(path);
            assertThat(_get(LoginForm.class).getId()).as(path).contains("login-form");
            _assertNone(ClientListView.class);
        }
    }

    @Test
    void the_root_address_takes_staff_to_the_dashboard() {
        login(TestData.STAFF);
        UI.getCurrent().navigate("");
        _get(DashboardView.class);
    }

    @Test
    void a_client_account_is_not_let_into_the_back_office() {
        login(TestData.CLIENT_USER);
        for (String path : new String[] {"clients", "clients/trash", "clients/1"}) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(path))
                    .as(path)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        _assertNone(ClientListView.class);
        _assertNone(ClientTrashView.class);
    }

    @Test
    void a_manager_cannot_open_the_trash() {
        login(TestData.MANAGER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("clients/trash"))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(ClientTrashView.class);
    }
}
