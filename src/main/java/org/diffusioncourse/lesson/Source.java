package org.diffusioncourse.lesson;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code content/sources.yml}.
 *
 * @param arxiv the arXiv identifier such as {@code 2006.11239}, or null
 * @param url   an https link, or null
 */
public record Source(String id, List<String> authors, String title, int year, String venue,
                     String arxiv, String url) {

    public Source {
        authors = List.copyOf(authors);
    }

    /** The link a reader follows: the given URL, else the arXiv abstract page. */
    public Optional<String> link() {
        if (url != null) {
            return Optional.of(url);
        }
        return Optional.ofNullable(arxiv).map(id -> "https://arxiv.org/abs/" + id);
    }

    /** "Ho, Jain and Abbeel (2020)" style short citation. */
    public String shortCitation() {
        List<String> surnames = authors.stream().map(Source::surname).toList();
        String who = switch (surnames.size()) {
            case 0 -> "Anonymous";
            case 1 -> surnames.getFirst();
            case 2 -> surnames.get(0) + " and " + surnames.get(1);
            case 3 -> surnames.get(0) + ", " + surnames.get(1) + " and " + surnames.get(2);
            default -> surnames.getFirst() + " et al.";
        };
        return who + " (" + year + ")";
    }

    /**
     * The last word of a person's name. An organisation that signs a release ("Stability AI") is
     * kept whole: its last word is an acronym, in capitals, which is no one's surname.
     */
    private static String surname(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        String last = parts[parts.length - 1];
        return parts.length > 1 && last.length() > 1 && last.equals(last.toUpperCase(java.util.Locale.ROOT))
                && last.chars().allMatch(Character::isLetter) ? fullName.strip() : last;
    }
}
