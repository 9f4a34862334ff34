package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.clientele.attachment.TestFiles;
import io.clientele.base.ui.ThreadMessage;
import io.clientele.client.Client;
import io.clientele.client.PortalSections;
import io.clientele.helpdesk.SupportMessage;
import io.clientele.helpdesk.SupportService;
import io.clientele.project.BillingMethod;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Support requests in the Client Center, as the client's people use them: open one, read the thread, reply. */
class PortalSupportTest extends KaribuTest {

    @Autowired
    SupportService support;

    @Autowired
    JdbcTemplate jdbc;

    Client acme;

    @BeforeEach
    void setUp() {
        acme = testData.company("Acme", "acme@test.example");
        testData.setPortalSections(acme, PortalSections.ALL);
        testData.linkClientUser(TestData.CLIENT_USER, acme);
    }

    private static List<String> messageTexts() {
        return _find(ThreadMessage.class).stream()
                .map(m -> m.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void a_client_opens_a_request_about_its_project_sees_the_thread_and_replies_to_the_staff_answer() {
        testData.project(acme, "Website relaunch", BillingMethod.HOURLY, "80");
        login(TestData.CLIENT_USER);
        PortalSupportView list = navigate(PortalRoutes.SUPPORT, PortalSupportView.class);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("portal-support-grid"))))
                .isZero();
        ButtonKt._click(list.newRequest);

        PortalNewSupportRequestView form = _get(PortalNewSupportRequestView.class);
        userSets(form.subject, "Relaunch date");
        userSets(form.message, "When does the <script>alert(1)</script> site go live?\nThanks");
        var project = form.link
                .getListDataView()
                .getItems()
                .filter(c -> c.label().equals(t("support.link.project", "Website relaunch")))
                .findFirst()
                .orElseThrow();
        userSets(form.link, project);
        form.file.receive("brief.pdf", TestFiles.pdf());
        ButtonKt._click(form.send);

        PortalSupportRequestView thread = _get(PortalSupportRequestView.class);
        assertThat(notificationTexts()).contains(t("support.opened"));
        assertThat(messageTexts()).hasSize(1);
        // Shown as typed: the markup is text, not an element.
        assertThat(messageTexts().getFirst()).contains("<script>alert(1)</script>", "brief.pdf");
        assertThat(thread.thread
                        .getElement()
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getOuterHTML())
                .doesNotContain("<script>");
        long id = requestId();

        inOtherSession(() -> support.reply(id, "Next Monday.", null));
        UI.getCurrent().navigate(PortalRoutes.SUPPORT + "/" + id);
        thread = _get(PortalSupportRequestView.class);
        assertThat(messageTexts()).hasSize(2);
        assertThat(messageTexts().get(1)).contains("Next Monday.");
        userSets(thread.reply, "Great, thank you.");
        ButtonKt._click(thread.send);
        assertThat(messageTexts()).hasSize(3);
        assertThat(thread.reply.getValue()).isEmpty();
    }

    @Test
    void a_too_long_reply_is_refused_on_the_field_and_keeps_what_was_typed() {
        long id = testData.supportRequest(acme, "Question", "Hello");
        login(TestData.CLIENT_USER);
        PortalSupportRequestView thread = navigate(PortalRoutes.SUPPORT + "/" + id, PortalSupportRequestView.class);
        String tooLong = "z".repeat(SupportMessage.BODY_MAX + 1);
        userSets(thread.reply, tooLong);
        ButtonKt._click(thread.send);
        assertThat(thread.reply.isInvalid()).isTrue();
        assertThat(thread.reply.getErrorMessage()).isEqualTo(t("support.message.too-long", SupportMessage.BODY_MAX));
        assertThat(thread.reply.getValue()).isEqualTo(tooLong);
        assertThat(messageTexts()).hasSize(1);
    }

    @Test
    void another_clients_request_reads_as_not_found_and_a_closed_section_leaves_the_menu() {
        Client other = testData.company("Other", "other@test.example");
        long foreign = testData.supportRequest(other, "Not yours", "Secret");
        login(TestData.CLIENT_USER);
        UI.getCurrent().navigate(PortalRoutes.SUPPORT + "/" + foreign);
        _get(PortalSupportRequestView.class);
        assertThat(_find(H2.class, s -> s.withId("portal-not-found"))).hasSize(1);
        assertThat(messageTexts()).isEmpty();

        testData.setPortalSections(acme, new PortalSections(true, true, true, true, true, false));
        UI.getCurrent().navigate(PortalRoutes.HOME);
        assertThat(_find(SideNavItem.class).stream().map(i -> i.getId().orElse("")))
                .doesNotContain("portal-nav-support");
        UI.getCurrent().navigate(PortalRoutes.NEW_SUPPORT_REQUEST);
        assertThat(_find(H2.class, s -> s.withId("portal-not-found"))).hasSize(1);
    }

    private long requestId() {
        return jdbc.queryForObject("select id from support_requests where client_id = ?", Long.class, acme.getId());
    }
}
