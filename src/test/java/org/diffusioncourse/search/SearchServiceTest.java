package org.diffusioncourse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;

/** An author's save reaches search as it reaches the pages: the index is rebuilt on reload. */
class SearchServiceTest {

    private final ContentCopy content = ContentCopy.of(Path.of("content"));
    private final ContentService service = new ContentService(content.root().toString(), 0, new DemoCatalog());
    private final SearchService search = new SearchService(service);

    @Test
    void aWordAnAuthorAddsIsFoundAfterTheReloadAndAWordRemovedIsNot() {
        assertThat(search.search("quokka").hits()).isEmpty();
        assertThat(search.search("forward process").hits()).extracting(SearchHit::title).contains("The forward process");

        content.edit("lessons/forward-process/index.md", "title: The forward process", "title: The quokka process");
        service.reloadIfChanged();

        assertThat(search.search("quokkas").hits()).first().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchKind.LESSON);
            assertThat(hit.link()).isEqualTo("lessons/forward-process");
            assertThat(hit.title()).isEqualTo("The quokka process");
        });
        assertThat(search.search("forward process").hits()).extracting(SearchHit::title).doesNotContain("The forward process");
    }
}
