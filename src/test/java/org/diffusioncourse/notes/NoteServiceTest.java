package org.diffusioncourse.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Research-room drafts against the real schema (H2, and PostgreSQL in its run), through the service's security. */
@CourseTest
class NoteServiceTest {

    private static final String LESSON = "forward-process";

    @Autowired
    NoteService notes;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.diffusioncourse.lesson.ContentService content;
    @Autowired
    NoteRepository rows;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void accountsAndACleanTable() {
        Accounts.ensure(users, jdbc, "note-ada");
        Accounts.ensure(users, jdbc, "note-bob");
        jdbc.sql("delete from research_note where user_id in (select id from app_user where username in ('note-ada', 'note-bob'))").update();
    }

    private static PageObject claim(String id) {
        return new PageObject("claim:" + id, "claim", "Claim " + id, "lessons/forward-process#claim-" + id, "text of " + id);
    }

    private static NoteDraft draft(PageObject object, String question) {
        return new NoteDraft(LESSON, object, question, "my note", "next: check it");
    }

    @Test
    @WithMockUser(username = "note-ada")
    void aDraftIsSavedAndFoundAgainByItsObjectKey() {
        ResearchNote saved = notes.save(draft(claim("linear-schedule"), "Why 1e-4?"), NoteService.NEW);
        assertThat(saved.version()).isZero();
        ResearchNote found = notes.find(LESSON, "claim:linear-schedule").orElseThrow();
        assertThat(found.question()).isEqualTo("Why 1e-4?");
        assertThat(found.body()).isEqualTo("my note");
        assertThat(found.nextAction()).isEqualTo("next: check it");
        assertThat(found.link()).isEqualTo("lessons/forward-process#claim-linear-schedule");

        ResearchNote again = notes.save(draft(claim("linear-schedule"), "Why 1e-4 and not 1e-3?"), saved.version());
        assertThat(again.version()).isEqualTo(1);
        assertThat(notes.find(LESSON, "claim:linear-schedule").orElseThrow().question()).isEqualTo("Why 1e-4 and not 1e-3?");
    }

    @Test
    @WithMockUser(username = "note-ada")
    void aSaveTypedOverAnOlderVersionIsRefusedAndCarriesWhatIsStored() {
        ResearchNote first = notes.save(draft(claim("cosine-schedule"), "tab one"), NoteService.NEW);
        notes.save(draft(claim("cosine-schedule"), "tab two wins"), first.version());

        assertThatThrownBy(() -> notes.save(draft(claim("cosine-schedule"), "tab one again"), first.version()))
                .isInstanceOfSatisfying(NoteConflict.class, conflict ->
                        assertThat(conflict.current()).hasValueSatisfying(n -> assertThat(n.question()).isEqualTo("tab two wins")));
        assertThat(notes.find(LESSON, "claim:cosine-schedule").orElseThrow().question()).isEqualTo("tab two wins");
    }

    /**
     * The path of two instances saving the same new note at once: the loser's insert is refused
     * by the unique key and its transaction must still read the winner, which PostgreSQL allows
     * only after a rollback to a savepoint (NoteRepository.insert takes one).
     */
    @Test
    void aRefusedDuplicateInsertLeavesTheTransactionAbleToReadTheNoteThatWon() {
        long ada = users.find("note-ada").orElseThrow().id();
        rows.insert(ada, draft(claim("raced"), "the winner"), Instant.now());
        String read = new TransactionTemplate(transactions).execute(status -> {
            assertThatThrownBy(() -> rows.insert(ada, draft(claim("raced"), "the loser"), Instant.now()))
                    .isInstanceOf(DuplicateKeyException.class);
            return rows.find(ada, LESSON, "claim:raced").orElseThrow().question();
        });
        assertThat(read).isEqualTo("the winner");
    }

    @Test
    @WithMockUser(username = "note-ada")
    void twoTabsStartingTheSameNewNoteDoNotOverwriteEachOther() {
        notes.save(draft(claim("proxy-threshold"), "first tab"), NoteService.NEW);
        assertThatThrownBy(() -> notes.save(draft(claim("proxy-threshold"), "second tab"), NoteService.NEW))
                .isInstanceOf(NoteConflict.class);
        assertThat(notes.find(LESSON, "claim:proxy-threshold").orElseThrow().question()).isEqualTo("first tab");
    }

    @Test
    @WithMockUser(username = "note-ada")
    void myNotesComeNewestFirst() throws InterruptedException {
        notes.save(draft(claim("a"), "oldest"), NoteService.NEW);
        Thread.sleep(5);
        ResearchNote middle = notes.save(draft(claim("b"), "middle"), NoteService.NEW);
        Thread.sleep(5);
        notes.save(draft(claim("c"), "newest"), NoteService.NEW);
        Thread.sleep(5);
        notes.save(draft(claim("b"), "middle, edited last"), middle.version());
        assertThat(notes.mine()).extracting(ResearchNote::question)
                .containsExactly("middle, edited last", "newest", "oldest");
    }

    @Test
    @WithMockUser(username = "note-bob")
    void aLearnerNeverSeesAnotherLearnersNotes() {
        jdbc.sql("insert into research_note (user_id, lesson_id, object_key, object_label, link, question) "
                        + "select id, 'forward-process', 'claim:linear-schedule', 'Claim', 'lessons/forward-process', 'Ada''s secret' "
                        + "from app_user where username = 'note-ada'").update();
        assertThat(notes.find(LESSON, "claim:linear-schedule")).isEmpty();
        assertThat(notes.mine()).isEmpty();
        assertThat(notes.exportMarkdown()).doesNotContain("Ada's secret");
        // Bob's own note on the same object is a separate row, and Ada's stays as it was.
        notes.save(draft(claim("linear-schedule"), "Bob's question"), NoteService.NEW);
        assertThat(notes.mine()).extracting(ResearchNote::question).containsExactly("Bob's question");
        assertThat(jdbc.sql("select question from research_note r join app_user u on u.id = r.user_id where u.username = 'note-ada'")
                .query(String.class).single()).isEqualTo("Ada's secret");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorCanNeitherReadNorSave() {
        assertThatThrownBy(() -> notes.mine()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notes.save(draft(claim("x"), "q"), NoteService.NEW))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "note-ada")
    void aTooLongFieldIsRefusedWithAMessageThatNamesItAndNothingIsSaved() {
        NoteDraft tooLong = new NoteDraft(LESSON, claim("long"), "q", "x".repeat(NoteDraft.MAX_BODY + 1), "");
        assertThatThrownBy(() -> notes.save(tooLong, NoteService.NEW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The note has 20001 characters; at most 20000 can be saved.");
        assertThat(notes.find(LESSON, "claim:long")).isEmpty();
    }

    @Test
    @WithMockUser(username = "note-ada")
    void theMarkdownExportHoldsEveryNoteWithItsObjectAndLink() {
        notes.save(new NoteDraft(LESSON, claim("linear-schedule"), "Why?", "Line one\nLine two", "Read Ho et al."), NoteService.NEW);
        notes.save(new NoteDraft(LESSON, PageObjects.demoState(
                        content.course().lesson(LESSON).orElseThrow(), "forward-noising", java.util.Map.of("t", "600")),
                "", "At t = 600 the moons are gone", ""), NoteService.NEW);
        String markdown = notes.exportMarkdown();
        assertThat(markdown).startsWith("# Research notes of Name of note-ada")
                .contains("2 notes, newest first")
                .contains("## Claim linear-schedule").contains("- Object key: `claim:linear-schedule`")
                .contains("### Question\n\nWhy?").contains("Line one\nLine two").contains("### Next action\n\nRead Ho et al.")
                .contains("demo:forward-noising?t=600");
        assertThat(markdown.indexOf("demo:forward-noising")).isLessThan(markdown.indexOf("claim:linear-schedule"));
    }

    @Test
    @WithMockUser(username = "note-ada")
    void aNoteIsDeletedOnlyFromTheVersionItWasLoadedAt() {
        ResearchNote v0 = notes.save(draft(claim("d"), "q"), NoteService.NEW);
        notes.save(draft(claim("d"), "q2"), v0.version());
        assertThatThrownBy(() -> notes.delete(v0)).isInstanceOf(NoteConflict.class);
        notes.delete(notes.find(LESSON, "claim:d").orElseThrow());
        assertThat(notes.find(LESSON, "claim:d")).isEmpty();
    }
}
