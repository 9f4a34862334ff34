package io.clientele.client;

import io.clientele.base.domain.LikePattern;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the list's search how to read one typed word (issue 18: search plans that do not depend on the optimizer's
 * mood). A word is either <em>rare</em> — it starts fewer than {@code clientele.search.common-terms} terms — and the
 * query reads its terms from {@code ix_client_search_terms_term} and joins the clients (a few thousand index entries);
 * or <em>common</em> ("example", "gmbh" at a million clients), and the query walks the list in its own order, probing
 * each client's terms by primary key until the page is full. Both shapes were the optimizer's choice before, and on a
 * freshly loaded MariaDB it picked the rare shape for a common word: 1,772,992 terms materialized, 2.1 s.
 *
 * <p>The count is a range of the term index stopped at the threshold (an index-only read of at most that many
 * entries, a few milliseconds); its answer is kept for ten minutes per word, since paging, sorting and counting ask
 * again for the same word and a word's frequency changes only with thousands of clients.
 */
@Component
class SearchWordQueries {

    private final EntityManager em;
    private volatile int commonTerms;
    private final KeptAnswers<String> known;

    SearchWordQueries(
            EntityManager em,
            @Value("${clientele.search.common-terms:50000}") int commonTerms,
            @Value("${clientele.search.common-terms-kept:PT10M}") Duration keep,
            Clock clock) {
        this.em = em;
        this.commonTerms = commonTerms;
        this.known = new KeptAnswers<>(clock, keep);
    }

    /**
     * Another threshold and how long answers are kept, for tests that run every search through one shape (the suite
     * shares one application context, so a property per test class is not an option); forgets what it knew.
     */
    void useThreshold(int terms, Duration kept) {
        commonTerms = terms;
        known.reset(kept);
    }

    /** Whether at least {@code clientele.search.common-terms} terms start with this (folded) word. */
    boolean common(String word) {
        return known.answer(word, this::countsAsCommon);
    }

    /**
     * The word whose term range a bounded count reads when the search has a common word (issue 18), null when it has
     * none (then the count keeps the shape of the list, which reads a rare word's range by itself) or matches the
     * name's start only. The rarest word: a rare one when there is one, the longest among them (a longer prefix starts
     * fewer terms; each is below the threshold anyway), otherwise the longest common one.
     */
    @Nullable
    String drivingWord(String search) {
        List<String> words = ClientSearchTerms.words(search);
        if (words.isEmpty() || ClientSearchTerms.matchesNameStartOnly(words)) {
            return null;
        }
        String rareWord = null;
        String commonWord = null;
        for (String word : words) {
            if (common(word)) {
                if (commonWord == null || word.length() > commonWord.length()) {
                    commonWord = word;
                }
            } else if (rareWord == null || word.length() > rareWord.length()) {
                rareWord = word;
            }
        }
        if (commonWord == null) {
            return null;
        }
        return rareWord != null ? rareWord : commonWord;
    }

    private boolean countsAsCommon(String word) {
        int threshold = commonTerms;
        Number terms = (Number) em.createNativeQuery("select count(*) from (select 1 from client_search_terms"
                        + " where term like ?1 escape '!' limit " + threshold + ") x")
                .setParameter(1, LikePattern.escape(word, '!') + "%")
                .getSingleResult();
        return terms.longValue() >= threshold;
    }
}
