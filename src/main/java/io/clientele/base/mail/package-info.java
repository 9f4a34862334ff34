/**
 * Outgoing e-mail for every feature: what a message is ({@link io.clientele.base.mail.OutgoingMail}), how it leaves
 * ({@link io.clientele.base.mail.Mailer}: SMTP when {@code spring.mail.host} is set, else a log-only sender), and
 * which addresses are acceptable ({@link io.clientele.base.mail.MailAddresses}).
 */
@NullMarked
package io.clientele.base.mail;

import org.jspecify.annotations.NullMarked;
