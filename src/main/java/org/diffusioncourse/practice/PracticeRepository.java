package org.diffusioncourse.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diffusioncourse.base.OwnedTable;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code practice_attempt} table; every query is for one owner. */
@Repository
class PracticeRepository extends OwnedTable<PracticeAttempt> {

    private static final String COLUMNS = "lesson_id, item_id, prediction, committed_at, hints_used, answer, correct, "
            + "revealed_at, rubric_ticked";

    PracticeRepository(JdbcClient jdbc) {
        super(jdbc, "practice_attempt", COLUMNS, "item_id", PracticeRepository::row);
    }

    List<PracticeAttempt> all(long owner) {
        return list(owner, "order by lesson_id, item_id", Map.of());
    }

    /** Makes sure a row exists for the item, so the later updates have one to change. */
    void ensure(long owner, String lessonId, String itemId, Instant now) {
        jdbc().sql("insert into practice_attempt (user_id, lesson_id, item_id, updated_at) "
                        + "select :owner, :lesson, :item, :now where not exists (select 1 from practice_attempt "
                        + "where user_id = :owner and lesson_id = :lesson and item_id = :item)")
                .param("owner", owner).param("lesson", lessonId).param("item", itemId).param("now", utc(now)).update();
    }

    /** Stores the prediction unless one is already stored; false when it was. */
    boolean commit(long owner, String lessonId, String itemId, String prediction, Instant now) {
        return jdbc().sql("update practice_attempt set prediction = :prediction, committed_at = :now, updated_at = :now "
                        + "where user_id = :owner and lesson_id = :lesson and item_id = :item and prediction is null")
                .param("prediction", prediction).param("now", utc(now))
                .param("owner", owner).param("lesson", lessonId).param("item", itemId).update() == 1;
    }

    /** Stores the answer once, and only after a prediction; false otherwise. */
    boolean reveal(long owner, String lessonId, String itemId, @Nullable String answer, @Nullable Boolean correct,
                   Instant now) {
        return jdbc().sql("update practice_attempt set answer = :answer, correct = :correct, revealed_at = :now, updated_at = :now "
                        + "where user_id = :owner and lesson_id = :lesson and item_id = :item "
                        + "and prediction is not null and revealed_at is null")
                .param("answer", answer).param("correct", correct).param("now", utc(now))
                .param("owner", owner).param("lesson", lessonId).param("item", itemId).update() == 1;
    }

    /** Hints only ever go up: a second tab showing fewer cannot lower the count. */
    void hints(long owner, String lessonId, String itemId, int shown, Instant now) {
        jdbc().sql("update practice_attempt set hints_used = greatest(hints_used, :shown), updated_at = :now "
                        + "where user_id = :owner and lesson_id = :lesson and item_id = :item")
                .param("shown", shown).param("now", utc(now))
                .param("owner", owner).param("lesson", lessonId).param("item", itemId).update();
    }

    void rubric(long owner, String lessonId, String itemId, Set<Integer> ticked, Instant now) {
        jdbc().sql("update practice_attempt set rubric_ticked = :ticked, updated_at = :now "
                        + "where user_id = :owner and lesson_id = :lesson and item_id = :item")
                .param("ticked", ticked.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .param("now", utc(now)).param("owner", owner).param("lesson", lessonId).param("item", itemId).update();
    }

    void delete(long owner, String lessonId, String itemId) {
        jdbc().sql("delete from practice_attempt where user_id = :owner and lesson_id = :lesson and item_id = :item")
                .param("owner", owner).param("lesson", lessonId).param("item", itemId).update();
    }

    private static PracticeAttempt row(ResultSet rs, int n) throws SQLException {
        String ticked = rs.getString("rubric_ticked");
        Set<Integer> rubric = ticked.isBlank() ? Set.of()
                : Arrays.stream(ticked.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
        Boolean correct = rs.getObject("correct", Boolean.class);
        return new PracticeAttempt(rs.getString("lesson_id"), rs.getString("item_id"), rs.getString("prediction"),
                instant(rs, "committed_at"), rs.getInt("hints_used"), rs.getString("answer"),
                correct, instant(rs, "revealed_at"), rubric);
    }
}
