package io.clientele.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * A message was added to a thread; after the commit, {@link SupportMail} tells the other side.
 *
 * @param recipientId the account to tell: the login that opened the request for a staff reply; the assignee, else the
 *                    client's owner, for a client's message; null when there is nobody
 * @param clientLanguage the client's language, which its e-mails speak
 */
record SupportMessagePosted(
        long messageId,
        long requestId,
        boolean fromClient,
        @Nullable Long recipientId,
        String clientName,
        String clientLanguage) {}
