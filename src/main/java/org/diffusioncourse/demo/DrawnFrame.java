package org.diffusioncourse.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One drawn frame of a demo figure, as it is kept and served: the SVG with its words inside,
 * its UTF-8 bytes and its ETag, each computed once when the frame is drawn rather than on every
 * request that serves it.
 *
 * <p>The words travel inside the SVG, so a page that fetches a frame by URL can show them
 * without asking the server ({@code frontend/demo-figure.js}), as four attributes of the root
 * element, XML-escaped, after those the renderer wrote:
 * <pre>{@code
 * <svg ... data-label="LABEL" data-text="TEXT" data-readout="READOUT" data-step-text="STEP TEXT">
 * }</pre>
 * (A renderer gives its figure its own {@code <title>} and {@code <desc>}, SVG's accessible name
 * and description, so a downloaded figure describes itself; {@link #figureOf} takes the four
 * attributes off again.)
 *
 * <p>Only the bytes are kept: a cached frame weighs its UTF-8 length once.
 */
public final class DrawnFrame {

    private final byte[] bytes;
    private final String etag;
    private final FigureCaption caption;
    private final String stepText;

    private DrawnFrame(byte[] bytes, FigureCaption caption, String stepText) {
        this.bytes = bytes;
        this.etag = "\"0" + md5(bytes) + "\"";
        this.caption = caption;
        this.stepText = stepText;
    }

    /**
     * {@code svg} as a renderer draws it (starting with its {@code <svg} element) with
     * {@code caption} and {@code stepText} put inside.
     *
     * @throws IllegalArgumentException when {@code svg} does not start with an {@code <svg} element
     */
    public static DrawnFrame of(String svg, FigureCaption caption, String stepText) {
        String start = svg.stripLeading();
        int close = start.indexOf('>');
        if (!start.startsWith("<svg") || close < 0) {
            throw new IllegalArgumentException("a figure must start with its <svg> element; began with \""
                    + start.substring(0, Math.min(40, start.length())) + "\"");
        }
        boolean selfClosing = start.charAt(close - 1) == '/';
        int attributesEnd = selfClosing ? close - 1 : close;
        StringBuilder out = new StringBuilder(start.length() + caption.text().length() + 256);
        out.append(start, 0, attributesEnd).append(WORDS)
                .append("data-label=\"").append(escape(caption.label()))
                .append("\" data-text=\"").append(escape(caption.text()))
                .append("\" data-readout=\"").append(escape(caption.readout()))
                .append("\" data-step-text=\"").append(escape(stepText)).append('"')
                .append(start, attributesEnd, start.length());
        return new DrawnFrame(out.toString().getBytes(StandardCharsets.UTF_8), caption, stepText);
    }

    /** Where the words begin in the root element: a space the renderer never writes twice. */
    private static final String WORDS = "  ";

    /**
     * {@code svg}, a frame as {@link #of} makes it, without the four attributes it put in: the
     * figure as its renderer drew it (tests compare the two).
     */
    public static String figureOf(String svg) {
        int close = svg.indexOf('>');
        int words = svg.lastIndexOf(WORDS + "data-label=\"", close);
        if (close < 0 || words < 0) {
            return svg;
        }
        int end = close;
        if (svg.charAt(close - 1) == '/') {
            end = close - 1;
        }
        return svg.substring(0, words) + svg.substring(end);
    }

    /** The SVG with the caption inside. */
    public String svg() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The SVG's UTF-8 bytes, as served; the caller must not change them. */
    public byte[] bytes() {
        return bytes;
    }

    /** A strong ETag of the bytes, quoted, in the format of Spring's shallow ETags ({@code "0<md5>"}). */
    public String etag() {
        return etag;
    }

    /** The label, text alternative and readout inside. */
    public FigureCaption caption() {
        return caption;
    }

    /** The text beside the main control for this frame's settings (may be empty). */
    public String stepText() {
        return stepText;
    }

    /** What the frame weighs in the frame cache, in kilobytes. */
    public int kilobytes() {
        return bytes.length / 1024;
    }

    /** {@code text} safe inside an XML element or a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab, newline and return are not allowed in XML 1.0.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    @Override
    public String toString() {
        return "DrawnFrame[" + caption.label() + ", " + bytes.length + " bytes, " + etag + "]";
    }
}
