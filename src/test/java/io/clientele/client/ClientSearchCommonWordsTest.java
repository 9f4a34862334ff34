package io.clientele.client;

import org.springframework.test.context.TestPropertySource;

/**
 * Every search of {@link ClientSearchTest} again, with every word that starts a term counted as common (issue 18):
 * the list and the restricted staff list then probe each client's terms in the list's order instead of reading the
 * word's terms first, and must find exactly the same clients.
 */
@TestPropertySource(properties = {"clientele.search.common-terms=1", "clientele.search.common-terms-kept=PT0S"})
class ClientSearchCommonWordsTest extends ClientSearchTest {}
