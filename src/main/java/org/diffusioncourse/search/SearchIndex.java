package org.diffusioncourse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable, in-memory Lucene index of one course, searched by many threads at once.
 *
 * <p>Titles, text and the lesson's title go through Lucene's {@link EnglishAnalyzer} (lower case,
 * English stop words, possessives, Porter stemming), so "noising" finds "noise" and "scores"
 * finds "score". Results are ranked by BM25 with a match in a title worth {@value #TITLE_BOOST}
 * times one in the text, and one in the lesson's title half as much.
 *
 * <p>The learner's words are never given to a query parser: they go through the same analyzer
 * and become term queries, so quotes, brackets, {@code AND}, {@code *} or {@code ~} are just
 * characters, and no query can fail to parse. Every word must match (in any field); when no
 * result has them all, results with any of them are shown, and the notice says so.
 *
 * <p>The reader is never closed: the index lives in heap memory ({@link ByteBuffersDirectory}),
 * holds no file or native resource, and a search may still be reading an index that a reload
 * has just replaced, so the garbage collector, not a close, ends it.
 */
public final class SearchIndex {

    /** Longer searches are refused, so one request cannot build a query of thousands of terms. */
    public static final int MAX_QUERY_CHARS = 200;
    /** The most results one page shows. */
    public static final int MAX_RESULTS = 50;
    static final float TITLE_BOOST = 3f;
    static final float LESSON_TITLE_BOOST = 0.5f;
    private static final int SNIPPET_CHARS = 180;
    private static final int SNIPPET_LEAD = 50;

    private static final String KIND = "kind";
    private static final String LESSON_ID = "lessonId";
    private static final String LESSON_TITLE = "lessonTitle";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String LINK = "link";

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private final IndexSearcher searcher;
    private final int size;

    private SearchIndex(IndexSearcher searcher, int size) {
        this.searcher = searcher;
        this.size = size;
    }

    /** Indexes these documents; takes a few milliseconds for the whole course. */
    static SearchIndex of(List<SearchDocument> documents) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ENGLISH))) {
            for (SearchDocument d : documents) {
                Document doc = new Document();
                doc.add(new StringField(KIND, d.kind().id(), Field.Store.YES));
                doc.add(new StringField(LESSON_ID, d.lessonId(), Field.Store.YES));
                doc.add(new TextField(LESSON_TITLE, d.lessonTitle(), Field.Store.YES));
                doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
                doc.add(new TextField(TEXT, d.text(), Field.Store.YES));
                doc.add(new StoredField(LINK, d.link()));
                writer.addDocument(doc);
            }
            writer.commit();
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(directory)), documents.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the search index in memory", e);
        }
    }

    /** How many documents the index holds. */
    public int size() {
        return size;
    }

    /** The best {@link #MAX_RESULTS} results for the learner's words; never throws on what they type. */
    public SearchResults search(String typed) {
        String query = typed.strip();
        if (query.isEmpty()) {
            return SearchResults.refused(query, "");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            return SearchResults.refused(query, "Searches are limited to " + MAX_QUERY_CHARS + " characters; yours has "
                    + query.length() + ". Use a few distinctive words.");
        }
        Set<String> terms = terms(query);
        if (terms.isEmpty()) {
            return SearchResults.refused(query, "Your search has no words to look up: common words such as “the” "
                    + "and “and”, and punctuation, are left out.");
        }
        try {
            SearchResults every = run(query, terms, Occur.MUST, "");
            if (every.total() > 0 || terms.size() == 1) {
                return every;
            }
            return run(query, terms, Occur.SHOULD, "No result has all of your words; these have some of them.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the in-memory search index", e);
        }
    }

    private SearchResults run(String query, Set<String> terms, Occur each, String notice) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(anyField(term), each);
        }
        Query built = all.build();
        ScoreDoc[] top = searcher.search(built, MAX_RESULTS).scoreDocs;
        long total = searcher.count(built);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.length);
        for (ScoreDoc scored : top) {
            Document doc = stored.document(scored.doc);
            SearchKind kind = SearchKind.byId(doc.get(KIND)).orElseThrow();
            hits.add(new SearchHit(kind, doc.get(LESSON_TITLE), doc.get(TITLE), snippet(doc.get(TEXT), terms), doc.get(LINK)));
        }
        String cut = total > hits.size()
                ? "Showing the best " + hits.size() + " of " + total + " results; add a word to narrow the search."
                : "";
        return new SearchResults(query, hits, total, String.join(" ", notice, cut).strip());
    }

    private static Query anyField(String term) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(LESSON_TITLE, term)), LESSON_TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    /** The analysed words of the search, as the index holds them: "Noising the scores" is {noise, score}. */
    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = ENGLISH.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** About {@value #SNIPPET_CHARS} characters of the text, from a little before the first word that matched. */
    static String snippet(String text, Set<String> terms) {
        int first = 0;
        try (TokenStream tokens = ENGLISH.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    first = offset.startOffset();
                    break;
                }
            }
            while (tokens.incrementToken()) {
                // Drain the stream: an analyzer's stream must be consumed before end() and close().
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = first <= SNIPPET_LEAD ? 0 : wordStart(text, first - SNIPPET_LEAD);
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + text.substring(start, end).strip() + (end < text.length() ? " …" : "");
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }
}
