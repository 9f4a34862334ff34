package io.clientele.billing;

import java.time.LocalDate;

/** An open invoice a payment reminder may be due for, as the reminder job pages through them. */
public record RemindableInvoice(long id, long clientId, LocalDate dueDate) {}
