package org.diffusioncourse.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.ReviewRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
@WithMockUser(username = "dash-dora", roles = {"LEARNER", "REVIEWER"})
class ReviewDashboardViewTest extends SecuredBrowserlessTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentService content;

    @BeforeEach
    void fixture() {
        ReviewRows.forwardProcessBy(users, jdbc, content, "dash-dora");
    }

    /** Other tests in this context read badges; leave them no reviews. */
    @AfterEach
    void noReviewsLeft() {
        ReviewRows.clear(jdbc);
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void theTableCountsEachLessonsClaimsByStateWithATotalsRow() {
        navigate(ReviewDashboardView.class);
        NativeTable table = $(NativeTable.class).id("review-dashboard-table");
        assertThat(table.getCaptionText()).isEqualTo("Claims per lesson by review state");
        assertThat(cells($(NativeTableRow.class).all().getFirst())).containsExactly("Lesson", "Supported",
                "Partially supported", "Not supported", "Needs more evidence", "Stale (changed since reviewed)",
                "Never reviewed", "Claims");
        assertThat(cells($(NativeTableRow.class).id("dashboard-forward-process")))
                .containsExactly("The forward process", "2", "1", "1", "1", "1", "1", "7");
        int claims = content.course().lessons().stream().mapToInt(l -> l.claims().size()).sum();
        assertThat(cells($(NativeTableRow.class).id("dashboard-total"))).containsExactly("All lessons", "2", "1", "1", "1",
                "1", Integer.toString(claims - 6), Integer.toString(claims));
        assertThat($(NativeTableRow.class).all()).hasSize(content.course().lessons().size() + 2);
    }

    @Test
    void headerCellsNameTheirScopeAndEachLessonLinksToItsClaimsInTheQueue() {
        navigate(ReviewDashboardView.class);
        NativeTableRow row = $(NativeTableRow.class).id("dashboard-forward-process");
        NativeTableHeaderCell name = row.getHeaderCells().getFirst();
        assertThat(name.getElement().getAttribute("scope")).isEqualTo("row");
        RouterLink link = $(RouterLink.class, name).single();
        assertThat(link.getHref()).startsWith("reviews?").contains("lesson=forward-process").contains("show=all");
        assertThat($(NativeTableHeaderCell.class).all()).allMatch(h -> h.getElement().getAttribute("scope") != null);
    }
}
