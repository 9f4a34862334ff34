package io.clientele.helpdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.ThreadMessage;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.helpdesk.SupportFilter;
import io.clientele.helpdesk.SupportRow;
import io.clientele.helpdesk.SupportStatus;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The back office's side of support: the list with its filters, the client's tab, reply, assign, close. */
class SupportViewsTest extends KaribuTest {

    Client acme;
    long request;

    @BeforeEach
    void setUp() {
        acme = testData.company("Acme", "acme@test.example");
        request = testData.supportRequest(acme, "Cannot download PDF", "The <b>link</b> is broken");
    }

    @Test
    void staff_find_the_request_in_the_list_reply_assign_and_close_it() {
        login(TestData.STAFF);
        SupportListView list = navigate("support", SupportListView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        SupportRow row = GridKt._get(list.grid, 0);
        assertThat(row.clientName()).isEqualTo("Acme");
        assertThat(row.status()).isEqualTo(SupportStatus.OPEN);
        userSets(list.assignee, SupportFilter.Assignee.ME);
        assertThat(GridKt._size(list.grid)).isZero();
        userSets(list.assignee, SupportFilter.Assignee.NOBODY);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);

        SupportRequestView view = navigate("support/" + request, SupportRequestView.class);
        assertThat(_get(H2.class, s -> s.withId("support-title")).getText()).isEqualTo("Cannot download PDF");
        // The client's markup is shown as text.
        assertThat(_find(ThreadMessage.class).getFirst().getElement().getTextRecursively())
                .contains("The <b>link</b> is broken");
        ReplyForm reply = view.reply;
        assertThat(reply).isNotNull();
        userSets(reply.message, "Fixed, please try again.");
        ButtonKt._click(reply.send);
        view = _get(SupportRequestView.class);
        assertThat(_find(ThreadMessage.class)).hasSize(2);

        UserRef sam = view.assignee
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals(TestData.STAFF))
                .findFirst()
                .orElseThrow();
        userSets(view.assignee, sam);
        assertThat(notificationTexts()).contains(t("support.assigned"));
        ButtonKt._click(view.closeOrReopen);
        assertThat(view.closeOrReopen.getText()).isEqualTo(t("support.action.reopen"));

        list = navigate("support", SupportListView.class);
        assertThat(GridKt._size(list.grid)).isZero();
        userSets(list.status, SupportStatus.CLOSED.name());
        userSets(list.assignee, SupportFilter.Assignee.ME);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).assigneeName()).isEqualTo("Sam Staff");
    }

    @Test
    void the_client_overview_lists_the_clients_requests_and_managers_read_without_replying() {
        login(TestData.MANAGER);
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-support");
        SupportTab tab = _get(SupportTab.class);
        assertThat(GridKt._size(tab.grid)).isEqualTo(1);

        SupportRequestView view = navigate("support/" + request, SupportRequestView.class);
        assertThat(view.reply).isNull();
        assertThat(_find(ThreadMessage.class)).hasSize(1);
    }

    @Test
    void restricted_staff_see_another_staff_members_client_request_as_not_found() {
        testData.restrictStaff();
        login(TestData.STAFF);
        SupportListView list = navigate("support", SupportListView.class);
        assertThat(GridKt._size(list.grid)).isZero();
        UI.getCurrent().navigate("support/" + request);
        assertThat(_find(H2.class, s -> s.withId("support-not-found"))).hasSize(1);
        assertThat(_find(ThreadMessage.class)).isEmpty();
    }
}
