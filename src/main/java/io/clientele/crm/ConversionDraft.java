package io.clientele.crm;

import io.clientele.client.Client;
import io.clientele.client.ClientField;
import java.util.Set;

/**
 * What marking an opportunity Won would create: the unsaved client pre-filled from it, and the mandatory client
 * fields the opportunity cannot fill (the user supplies them before converting).
 */
public record ConversionDraft(Client client, Set<ClientField> missing) {}
