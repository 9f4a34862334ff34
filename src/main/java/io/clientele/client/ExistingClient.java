package io.clientele.client;

import org.jspecify.annotations.Nullable;

/** A stored client as a duplicate check sees it (see {@link ClientService#matching}). */
public record ExistingClient(
        long id,
        String name,
        @Nullable String email,
        @Nullable String alternateEmail,
        @Nullable String taxId,
        @Nullable String nameKey) {}
