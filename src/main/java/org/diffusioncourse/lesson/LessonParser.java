package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one {@code index.md}: YAML front matter between {@code ---} lines, read into the
 * lesson's fields here, then the fixed sections as level-2 headings, with directive lines placing
 * live components, read by {@link LessonBody}.
 */
final class LessonParser {

    static final Set<String> FRONT_MATTER_KEYS = Set.of("id", "title", "summary", "prerequisites", "notation",
            "sources", "claims", "practice", "research", "misconceptions", "inquiry");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Every lesson is reviewable and practicable: at least this many of each. */
    static final int MIN_CLAIMS = 3;
    static final int MIN_PRACTICE = 2;
    static final int MIN_MISCONCEPTIONS = 2;
    private static final String PLACEHOLDER = ContentProblem.PLACEHOLDER;
    private static final int QUOTED = 60;

    private final LessonBody body;
    private final DirectiveCatalog catalog;

    LessonParser(LessonMarkdown markdown, DirectiveCatalog catalog) {
        this.body = new LessonBody(markdown, catalog);
        this.catalog = catalog;
    }

    /** What the rest of the course tells a lesson: the sources and the lesson order. */
    record Context(Set<String> sourceIds, Map<String, Integer> positions) {
    }

    Optional<Lesson> parse(String text, String folderId, String file, Context context, List<ContentProblem> sink) {
        Problems problems = new Problems(file, 0, sink);
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        placeholders(lines, problems);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.at(1, "a lesson must start with YAML front matter: a line '---', the fields, and a line '---'");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.at(1, "the front matter opened on line 1 is never closed with a line '---'");
            return Optional.empty();
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, close));
        Problems yamlProblems = problems.withOffset(1);
        Optional<Node> root = YamlText.compose(yaml, yamlProblems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> front = YamlMap.of(root.get(), yamlProblems, "front matter");
        if (front.isEmpty()) {
            return Optional.empty();
        }
        List<Lesson.Section> sections = body.sections(lines, close + 1, problems);
        return Optional.of(lesson(front.get(), folderId, file, context, sections));
    }

    private static void placeholders(String[] lines, Problems problems) {
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(PLACEHOLDER);
            if (at >= 0) {
                String rest = lines[i].substring(at + PLACEHOLDER.length()).strip().replaceAll("[\"']+$", "");
                problems.warn(i + 1, "placeholder still to be replaced: " + PLACEHOLDER + " "
                        + (rest.length() > QUOTED ? rest.substring(0, QUOTED) + "…" : rest));
            }
        }
    }

    private Lesson lesson(YamlMap fm, String folderId, String file, Context context, List<Lesson.Section> sections) {
        Problems problems = fm.problems();
        fm.allowOnly(FRONT_MATTER_KEYS);
        String id = fm.requireString("id");
        if (!id.isEmpty() && !id.equals(folderId)) {
            problems.at(fm.lineOf("id"), "id '" + id + "' must equal the lesson's folder name '" + folderId + "'");
        }
        String title = fm.requireString("title");
        String summary = fm.requireString("summary");

        List<String> prerequisites = fm.stringList("prerequisites", true);
        Integer own = context.positions().get(folderId);
        for (String prerequisite : prerequisites) {
            Integer position = context.positions().get(prerequisite);
            if (position == null) {
                problems.at(fm.lineOf("prerequisites"), "unknown prerequisite '" + prerequisite
                        + "'; it must be a lesson id listed in content/course.yml");
            } else if (own != null && position >= own) {
                problems.at(fm.lineOf("prerequisites"), "prerequisite '" + prerequisite
                        + "' must come before '" + folderId + "' in content/course.yml");
            }
        }

        List<Lesson.Notation> notation = new ArrayList<>();
        for (YamlMap row : fm.mapList("notation", true)) {
            row.allowOnly(Set.of("symbol", "meaning"));
            notation.add(new Lesson.Notation(row.requireString("symbol"), row.requireString("meaning")));
        }
        if (fm.has("notation") && notation.isEmpty()) {
            problems.at(fm.lineOf("notation"), "'notation' must state at least the direction of time and the symbols used");
        }

        List<Lesson.SourceUse> sources = new ArrayList<>();
        Set<String> cited = new HashSet<>();
        for (YamlMap row : fm.mapList("sources", true)) {
            row.allowOnly(Set.of("id", "supports"));
            String sourceId = row.requireString("id");
            checkSource(sourceId, row.lineOf("id"), context, problems);
            if (!sourceId.isEmpty() && !cited.add(sourceId)) {
                problems.at(row.lineOf("id"), "source '" + sourceId + "' is listed twice");
            }
            sources.add(new Lesson.SourceUse(sourceId, row.requireString("supports")));
        }

        List<Lesson.Claim> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        for (YamlMap row : fm.mapList("claims", true)) {
            row.allowOnly(Set.of("id", "text", "sources", "scope"));
            String claimId = uniqueId(row, claimIds, "claim");
            List<String> claimSources = row.stringList("sources", true);
            if (row.has("sources") && claimSources.isEmpty()) {
                problems.at(row.lineOf("sources"), "claim '" + claimId + "' must cite at least one source");
            }
            for (String sourceId : claimSources) {
                checkSource(sourceId, row.lineOf("sources"), context, problems);
                if (context.sourceIds().contains(sourceId) && !cited.contains(sourceId)) {
                    problems.at(row.lineOf("sources"), "claim '" + claimId + "' cites '" + sourceId
                            + "', which is missing from this lesson's 'sources' list");
                }
            }
            claims.add(new Lesson.Claim(claimId, row.requireString("text"), claimSources, row.requireString("scope")));
        }

        List<Lesson.PracticeItem> practice = new ArrayList<>();
        Set<String> practiceIds = new HashSet<>();
        for (YamlMap row : fm.mapList("practice", true)) {
            practice.add(practiceItem(row, practiceIds));
        }

        atLeast(fm, "claims", claims.size(), MIN_CLAIMS);
        atLeast(fm, "practice", practice.size(), MIN_PRACTICE);

        Lesson.Research research = fm.map("research", true).map(r -> {
            r.allowOnly(Set.of("question", "evidence", "resolves"));
            return new Lesson.Research(r.requireString("question"), r.stringList("evidence", true),
                    r.stringList("resolves", true));
        }).orElse(new Lesson.Research("", List.of(), List.of()));

        List<Lesson.Misconception> misconceptions = new ArrayList<>();
        Set<String> misconceptionIds = new HashSet<>();
        for (YamlMap row : fm.mapList("misconceptions", true)) {
            row.allowOnly(Set.of("id", "text"));
            misconceptions.add(new Lesson.Misconception(uniqueId(row, misconceptionIds, "misconception"),
                    row.requireString("text")));
        }
        atLeast(fm, "misconceptions", misconceptions.size(), MIN_MISCONCEPTIONS);
        Lesson.Inquiry inquiry = InquiryBlock.read(fm);

        return new Lesson(folderId, title.isEmpty() ? folderId : title, summary, prerequisites, notation, sources,
                claims, practice, research, misconceptions, inquiry, sections, file);
    }

    private static void atLeast(YamlMap fm, String key, int count, int minimum) {
        if (fm.has(key) && count < minimum) {
            fm.problems().at(fm.lineOf(key), "'" + key + "' needs at least " + minimum + " entries, has " + count);
        }
    }

    private Lesson.PracticeItem practiceItem(YamlMap row, Set<String> ids) {
        row.allowOnly(Set.of("id", "prompt", "choices", "answer", "hints", "rubric"));
        String id = uniqueId(row, ids, "practice item");
        List<String> choices = row.stringList("choices", false);
        Lesson.Answer answer = row.map("answer", false).map(a -> {
            a.allowOnly(Set.of("demo", "quantity", "params"));
            String demo = a.requireString("demo");
            String quantity = a.requireString("quantity");
            Map<String, String> params = a.scalarMap("params");
            if (!demo.isEmpty() && !quantity.isEmpty()) {
                for (String message : catalog.checkAnswer(demo, quantity, params)) {
                    a.problems().at(a.line(), "practice item '" + id + "': " + message);
                }
            }
            return new Lesson.Answer(demo, quantity, params);
        }).orElse(null);
        List<String> hints = row.stringList("hints", true);
        List<String> rubric = row.stringList("rubric", true);
        if (row.has("hints") && hints.isEmpty()) {
            row.problems().at(row.lineOf("hints"), "practice item '" + id + "' needs at least one hint");
        }
        if (row.has("rubric") && rubric.isEmpty()) {
            row.problems().at(row.lineOf("rubric"), "practice item '" + id + "' needs at least one rubric line");
        }
        return new Lesson.PracticeItem(id, row.requireString("prompt"), choices, answer, hints, rubric);
    }

    static String uniqueId(YamlMap row, Set<String> seen, String what) {
        String id = row.requireString("id");
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            row.problems().at(row.lineOf("id"), what + " id '" + id
                    + "' must be lower-case words joined by hyphens, like 'closed-form-marginal'");
        }
        if (!seen.add(id)) {
            row.problems().at(row.lineOf("id"), "duplicate " + what + " id '" + id + "'");
        }
        return id;
    }

    private static void checkSource(String sourceId, int line, Context context, Problems problems) {
        if (!sourceId.isEmpty() && !context.sourceIds().contains(sourceId)) {
            problems.at(line, "unknown source id '" + sourceId + "'; add it to content/sources.yml or fix the id");
        }
    }
}
