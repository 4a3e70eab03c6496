package org.diffusioncourse.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts by longest common subsequence: the texts are cut into
 * numbers (0.008, 1,000), words (letters and digits, with inner apostrophes and hyphens) and
 * single punctuation marks, and the tokens both share in order are kept; the rest is removed or added. Where a
 * run is replaced, the removal comes before the addition. Whitespace is not a token, so
 * reflowing a line changes nothing; each piece remembers whether a space came before it.
 *
 * <p>The table is (n+1)(m+1) ints; claims hold at most 4,000 characters, so about 1,000
 * tokens a side. Beyond {@link #MAX_CELLS} the diff gives up on alignment and shows the
 * whole old text removed and the new added, which is still true, only coarser.
 */
public final class WordDiff {

    /** What happened to a piece of text between the old and the new version. */
    public enum Change { SAME, REMOVED, ADDED }

    /** A run of tokens with one change; {@code spaceBefore} is whether whitespace preceded it. */
    public record Piece(Change change, String text, boolean spaceBefore) {
    }

    static final long MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}_]+(?:['’-][\\p{L}\\p{N}_]+)*|\\S");

    private record Token(String text, boolean spaceBefore) {
    }

    private WordDiff() {
    }

    /** The pieces that turn {@code before} into {@code after}, adjacent tokens of one change merged. */
    public static List<Piece> of(String before, String after) {
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        List<Piece> out = new ArrayList<>();
        for (Piece p : align(a.stream().map(Token::text).toList(), b.stream().map(Token::text).toList(), a, b)) {
            Piece last = out.isEmpty() ? null : out.getLast();
            if (last != null && last.change() == p.change()) {
                out.set(out.size() - 1, new Piece(p.change(), last.text() + (p.spaceBefore() ? " " : "") + p.text(),
                        last.spaceBefore()));
            } else {
                out.add(out.isEmpty() ? new Piece(p.change(), p.text(), false) : p);
            }
        }
        return out;
    }

    /** The items of two lists (such as source ids) compared one by one, unmerged. */
    public static List<Piece> ofItems(List<String> before, List<String> after) {
        List<Token> a = before.stream().map(s -> new Token(s, true)).toList();
        List<Token> b = after.stream().map(s -> new Token(s, true)).toList();
        return align(before, after, a, b);
    }

    /** The diff written out, removals as [-…-] and additions as {+…+}: for tests and logs. */
    public static String marked(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces) {
            out.append(p.spaceBefore() ? " " : "").append(switch (p.change()) {
                case SAME -> p.text();
                case REMOVED -> "[-" + p.text() + "-]";
                case ADDED -> "{+" + p.text() + "+}";
            });
        }
        return out.toString();
    }

    private static List<Piece> align(List<String> a, List<String> b, List<Token> ta, List<Token> tb) {
        int n = a.size();
        int m = b.size();
        List<Piece> out = new ArrayList<>();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            ta.forEach(t -> out.add(new Piece(Change.REMOVED, t.text(), t.spaceBefore())));
            tb.forEach(t -> out.add(new Piece(Change.ADDED, t.text(), t.spaceBefore())));
            return out;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Piece(Change.SAME, tb.get(j).text(), tb.get(j).spaceBefore()));
                i++;
                j++;
            } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Piece(Change.REMOVED, ta.get(i).text(), ta.get(i).spaceBefore()));
                i++;
            } else {
                out.add(new Piece(Change.ADDED, tb.get(j).text(), tb.get(j).spaceBefore()));
                j++;
            }
        }
        return out;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int end = 0;
        while (m.find()) {
            out.add(new Token(m.group(), m.start() > end));
            end = m.end();
        }
        return out;
    }
}
