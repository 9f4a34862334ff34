package io.clientele.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.account.LoginPermissions;
import io.clientele.attachment.TestFiles;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.PortalSections;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The rules of support requests: scoping on both sides, the length cap, the attachment rules, who may write. */
class SupportServiceTest extends SpringTest {

    @Autowired
    SupportService support;

    @Autowired
    PortalService portal;

    Client acme;
    Client other;

    @BeforeEach
    void setUp() {
        acme = testData.company("Acme", "acme@test.example");
        other = testData.company("Other", "other@test.example");
        testData.setPortalSections(acme, PortalSections.ALL);
        testData.setPortalSections(other, PortalSections.ALL);
        testData.linkClientUser(TestData.CLIENT_USER, acme);
        testData.clientAccount("otheruser", other);
    }

    private SupportThread openAsClient(String subject, String message) {
        actAsAccount(TestData.CLIENT_USER);
        return portal.openSupportRequest(subject, message, null, null);
    }

    private static SupportService.Upload file(String name, byte[] content) {
        return new SupportService.Upload(name, new ByteArrayInputStream(content));
    }

    @Test
    void another_clients_login_gets_not_found_for_a_request_and_sees_none_listed() {
        long id = openAsClient("Broken login", "I cannot log in").id();

        actAsAccount("otheruser");
        assertThatThrownBy(() -> portal.supportRequest(id)).isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.replyToSupportRequest(id, "Me too", null))
                .isInstanceOf(PortalNotFoundException.class);
        assertThat(portal.supportRequests(PageRequest.of(0, 10))).isEmpty();
        // Asked directly with the other client's id, the client guard answers "not found" as well.
        assertThatThrownBy(() -> support.threadOf(acme.getId(), id)).isInstanceOf(ClientNotFoundException.class);
        assertThat(support.threadOf(other.getId(), id)).isEmpty();
    }

    @Test
    void restricted_staff_get_not_found_for_requests_of_clients_they_may_not_see() {
        long hidden = openAsClient("Hidden", "Only for the owner").id();
        Client own = testData.reload(other);
        own.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(own);
        long visible = testData.supportRequest(own, "Visible", "For staff");
        testData.restrictStaff();

        actAsAccount(TestData.STAFF);
        assertThatThrownBy(() -> support.thread(hidden)).isInstanceOf(SupportRequestNotFoundException.class);
        assertThatThrownBy(() -> support.reply(hidden, "Hello", null))
                .isInstanceOf(SupportRequestNotFoundException.class);
        assertThatThrownBy(() -> support.close(hidden)).isInstanceOf(SupportRequestNotFoundException.class);
        assertThatThrownBy(() -> support.page(SupportFilter.forClient(acme.getId()), PageRequest.of(0, 10)))
                .isInstanceOf(ClientNotFoundException.class);
        assertThat(support.page(SupportFilter.open(), PageRequest.of(0, 10)))
                .extracting(SupportRow::id)
                .containsExactly(visible);
        assertThat(support.count(SupportFilter.open())).isEqualTo(1);
        assertThat(support.thread(visible).subject()).isEqualTo("Visible");
    }

    @Test
    void without_the_support_permission_or_switch_a_login_can_neither_open_nor_read_requests() {
        long id = openAsClient("First", "Hello").id();
        testData.setLoginPermissions(TestData.CLIENT_USER, new LoginPermissions(true, true, true, true, false));
        assertThatThrownBy(() -> portal.openSupportRequest("Second", "Hello", null, null))
                .isInstanceOf(PortalNotFoundException.class);
        assertThatThrownBy(() -> portal.supportRequest(id)).isInstanceOf(PortalNotFoundException.class);
        assertThat(portal.countSupportRequests()).isZero();
    }

    @Test
    void messages_are_capped_in_length_and_a_refused_reply_adds_nothing() {
        long id = openAsClient("Long", "x".repeat(SupportMessage.BODY_MAX)).id();
        assertThatThrownBy(() -> portal.replyToSupportRequest(id, "y".repeat(SupportMessage.BODY_MAX + 1), null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "support.message.too-long");
        assertThatThrownBy(
                        () -> portal.openSupportRequest("s".repeat(SupportRequest.SUBJECT_MAX + 1), "Hi", null, null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "support.subject.too-long");
        assertThatThrownBy(() -> portal.replyToSupportRequest(id, "   ", null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "support.message.required");
        assertThat(portal.supportRequest(id).messages()).hasSize(1);
        assertThat(portal.countSupportRequests()).isEqualTo(1);
    }

    @Test
    void a_file_outside_the_attachment_rules_is_refused_and_a_good_one_reaches_both_sides() {
        long id = openAsClient("Files", "See attached").id();
        assertThatThrownBy(() -> portal.replyToSupportRequest(id, "Disguised", file("invoice.pdf", TestFiles.exe())))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "client.documents.content-mismatch");
        assertThatThrownBy(() -> portal.replyToSupportRequest(id, "Program", file("tool.exe", TestFiles.exe())))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "client.documents.type-refused");
        assertThat(portal.supportRequest(id).messages()).hasSize(1);

        SupportThread thread = portal.replyToSupportRequest(id, "The contract", file("contract.pdf", TestFiles.pdf()));
        SupportThread.Post withFile = thread.messages().getLast();
        assertThat(withFile.fileName()).isEqualTo("contract.pdf");
        assertThat(portal.supportFile(withFile.id()).content()).isEqualTo(TestFiles.pdf());
        actAsAccount("otheruser");
        assertThatThrownBy(() -> portal.supportFile(withFile.id())).isInstanceOf(PortalNotFoundException.class);
        actAsAccount(TestData.STAFF);
        assertThat(support.file(withFile.id()).content()).isEqualTo(TestFiles.pdf());
    }

    @Test
    void staff_reply_assign_and_close_and_a_clients_reply_opens_the_request_again() {
        long id = openAsClient("Question", "How do I pay?").id();
        actAsAccount(TestData.STAFF);
        long staffId = testData.accountId(TestData.STAFF);
        support.reply(id, "By bank transfer.", null);
        SupportThread assigned = support.assign(id, staffId);
        assertThat(assigned.assigneeName()).isEqualTo("Sam Staff");
        assertThat(support.page(new SupportFilter(null, SupportFilter.Assignee.ME, null), PageRequest.of(0, 10)))
                .extracting(SupportRow::id)
                .containsExactly(id);
        assertThatThrownBy(() -> support.assign(id, testData.accountId(TestData.CLIENT_USER)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(support.close(id).status()).isEqualTo(SupportStatus.CLOSED);
        assertThat(support.count(SupportFilter.open())).isZero();

        actAsAccount(TestData.CLIENT_USER);
        SupportThread reopened = portal.replyToSupportRequest(id, "Which account?", null);
        assertThat(reopened.status()).isEqualTo(SupportStatus.OPEN);
        assertThat(reopened.messages())
                .extracting(SupportThread.Post::fromClient)
                .containsExactly(true, false, true);

        actAsAccount(TestData.MANAGER);
        assertThat(support.thread(id).messages()).hasSize(3);
        assertThatThrownBy(() -> support.reply(id, "Managers only read", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(support.forClient(acme.getId()))
                .extracting(SupportThread::id)
                .containsExactly(id);
    }
}
