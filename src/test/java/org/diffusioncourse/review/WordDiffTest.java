package org.diffusioncourse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diffusioncourse.review.WordDiff.Change;
import org.diffusioncourse.review.WordDiff.Piece;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String diff(String before, String after) {
        return WordDiff.marked(WordDiff.of(before, after));
    }

    @Test
    void identicalTextsAreOneUnchangedPieceAndReflowingChangesNothing() {
        assertThat(WordDiff.of("the score of q", "the score of q"))
                .containsExactly(new Piece(Change.SAME, "the score of q", false));
        assertThat(diff("the  score\n of q", "the score of q")).isEqualTo("the score of q");
    }

    @Test
    void anInsertedWordIsAddedAndTheRestKept() {
        assertThat(diff("a fixed Markov chain", "a fixed Gaussian Markov chain"))
                .isEqualTo("a fixed {+Gaussian+} Markov chain");
    }

    @Test
    void aDeletedWordIsRemovedAndTheRestKept() {
        assertThat(diff("a fixed (not learned) chain", "a fixed chain"))
                .isEqualTo("a fixed [-(not learned)-] chain");
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertThat(diff("with s = 0.008 here", "with s = 0.01 here")).isEqualTo("with s = [-0.008-] {+0.01+} here");
        assertThat(diff("the score is scaled", "the score equals scaled"))
                .isEqualTo("the score [-is-] {+equals+} scaled");
    }

    @Test
    void punctuationIsItsOwnTokenAndKeepsItsSpacing() {
        assertThat(diff("noise, then signal.", "noise; then signal!")).isEqualTo("noise[-,-]{+;+} then signal[-.-]{+!+}");
        assertThat(WordDiff.of("learner's", "learner's")).hasSize(1);
        assertThat(diff("closed-form marginal", "closed form marginal")).isEqualTo("[-closed-form-]{+closed form+} marginal");
    }

    @Test
    void emptyTextsDiffToEverythingAddedOrRemoved() {
        assertThat(diff("", "new claim")).isEqualTo("{+new claim+}");
        assertThat(diff("old claim", "")).isEqualTo("[-old claim-]");
        assertThat(WordDiff.of("", "")).isEmpty();
    }

    @Test
    void sourceListsAreComparedItemByItem() {
        assertThat(WordDiff.ofItems(List.of("song-2021", "ho-2020"), List.of("song-2021", "vincent-2011", "ho-2020")))
                .extracting(Piece::change, Piece::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.SAME, "song-2021"),
                        org.assertj.core.groups.Tuple.tuple(Change.ADDED, "vincent-2011"),
                        org.assertj.core.groups.Tuple.tuple(Change.SAME, "ho-2020"));
    }

    @Test
    void aTextTooLongToAlignIsShownWhollyRemovedAndWhollyAdded() {
        String longer = "w ".repeat(2100);
        List<Piece> pieces = WordDiff.of(longer, longer + "x");
        assertThat(pieces).extracting(Piece::change).containsExactly(Change.REMOVED, Change.ADDED);
    }
}
