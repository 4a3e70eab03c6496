package org.diffusioncourse.search;

import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Searches the current course. On every reload of the content the new index is built on the
 * content watcher's thread, off every page's request, and swapped in whole; until then searches
 * read the previous one.
 */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private volatile SearchIndex index;

    SearchService(ContentService content) {
        // Listen first, then build: a reload between the two is indexed rather than missed.
        content.onChange(this::rebuild);
        this.index = SearchIndex.of(SearchDocuments.of(content.course()));
    }

    public SearchResults search(String query) {
        return index.search(query);
    }

    private void rebuild(Course course) {
        long start = System.nanoTime();
        SearchIndex built = SearchIndex.of(SearchDocuments.of(course));
        index = built;
        log.info("Search index rebuilt: {} entries in {} ms", built.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
