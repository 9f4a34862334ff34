package io.clientele.helpdesk;

import io.clientele.base.mail.BundleMailTemplateKind;
import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTemplateKind;
import io.clientele.client.ClientDirectory;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail telling a client about a reply to its support request, as a template the business may change (Settings →
 * E-mail templates); built-in texts: {@code template.reply.*} of {@code support-mail/messages*.properties}.
 */
@Configuration(proxyBeanMethods = false)
class SupportMailKind {

    static final String REPLY = "support-reply";

    @Bean
    MailTemplateKind supportReplyMail(
            SupportMessageRepository messages,
            SupportRequestRepository requests,
            ClientDirectory clients,
            MailIdentity identity) {
        return new BundleMailTemplateKind(
                REPLY,
                60,
                "mail.kind." + REPLY,
                "support-mail.messages",
                "template.reply",
                BundleMailTemplateKind.named(
                        "{recipient.name}",
                        "{client.name}",
                        "{author.name}",
                        "{request.number}",
                        "{request.subject}",
                        "{message.text}",
                        "{public.link}"),
                // The newest reply staff wrote, addressed as if to its client.
                locale -> messages.findFirstByFromClientFalseOrderByIdDesc()
                        .flatMap(m -> requests.findById(m.getRequestId()).map(r -> {
                            String client = clients.name(r.getClientId()).orElse("");
                            return values(client, r, client, m, identity.url("portal/support/" + m.getRequestId()));
                        })));
    }

    static Map<String, String> values(
            String recipient, SupportRequest request, String clientName, SupportMessage message, String link) {
        Map<String, String> values = new HashMap<>();
        values.put("{recipient.name}", recipient);
        values.put("{client.name}", clientName);
        values.put("{author.name}", message.getAuthorName());
        values.put("{request.number}", String.valueOf(request.getId()));
        values.put("{request.subject}", request.getSubject());
        values.put("{message.text}", message.getBody());
        values.put("{public.link}", link);
        return values;
    }
}
