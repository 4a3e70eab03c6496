package org.diffusioncourse.search;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param hits   the best results, best first, at most {@link SearchIndex#MAX_RESULTS}
 * @param total  how many results matched in all
 * @param notice what the learner should know about the answer (a refused or cut search), or empty
 */
public record SearchResults(String query, List<SearchHit> hits, long total, String notice) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults refused(String query, String notice) {
        return new SearchResults(query, List.of(), 0, notice);
    }
}
