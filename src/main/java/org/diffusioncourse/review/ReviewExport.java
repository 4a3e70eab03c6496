package org.diffusioncourse.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews as CSV (RFC 4180, one row per review, oldest first) and as JSON. Cells that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) get
 * a leading apostrophe, so a hostile caveat cannot run in a reviewer's spreadsheet.
 */
final class ReviewExport {

    static final List<String> COLUMNS = List.of("review_id", "lesson_id", "claim_id", "verdict", "evidence", "caveats",
            "reviewer", "reviewer_username", "reviewed_at", "claim_hash", "claim_text", "claim_sources", "supersedes");

    private ReviewExport() {
    }

    static String csv(List<ClaimReview> reviews) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (ClaimReview r : reviews) {
            List<String> cells = values(r).values().stream().map(String::valueOf).toList();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String json(List<ClaimReview> reviews, JsonMapper mapper) {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("reviews",
                reviews.stream().map(ReviewExport::values).toList()));
    }

    private static Map<String, Object> values(ClaimReview r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("review_id", r.id());
        v.put("lesson_id", r.lessonId());
        v.put("claim_id", r.claimId());
        v.put("verdict", r.verdict().name());
        v.put("evidence", r.evidence());
        v.put("caveats", r.caveats());
        v.put("reviewer", r.reviewerName());
        v.put("reviewer_username", r.reviewerUsername());
        v.put("reviewed_at", r.reviewedAt().toString());
        v.put("claim_hash", r.claimHash());
        v.put("claim_text", r.claimText());
        v.put("claim_sources", r.claimSources());
        v.put("supersedes", r.supersedes());
        return v;
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
