package org.diffusioncourse.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.diffusioncourse.lesson.Lesson;

/**
 * The content hash of a claim: SHA-256 over its text (whitespace runs folded to one space)
 * and its source ids in sorted order. Rewording the claim or changing what it cites changes
 * the hash, and so makes an earlier review stale; reflowing a line or reordering the source
 * list does not.
 */
public final class ClaimHash {

    private ClaimHash() {
    }

    public static String of(Lesson.Claim claim) {
        String text = claim.text().strip().replaceAll("\\s+", " ");
        String sources = String.join(",", claim.sources().stream().sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((text + "\n" + sources).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
