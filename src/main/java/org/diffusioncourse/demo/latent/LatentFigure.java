package org.diffusioncourse.demo.latent;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;
import org.diffusioncourse.render.Canvas;

/**
 * The latent diffusion pipeline as a diagram: image, encoder, the latent drawn to scale (its side
 * 1/f of the image's, one layer per channel up to {@value #MAX_LAYERS}), the denoiser that runs
 * every sampling step on the latent with text conditioning, decoder, image; below it the value
 * counts, the compression and, once revealed, the attention-cost model. Also the storyboard: the
 * latent at several factors. Pure: the same pipeline gives the same bytes.
 */
public final class LatentFigure {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 440;

    /** Channel layers drawn; more are written in the label. */
    static final int MAX_LAYERS = 8;
    /** The factors of the storyboard's panels. */
    static final int[] STORYBOARD_FACTORS = {1, 4, 8, 16, 32};

    /** Pixels that stand for the image's 512 positions per side. */
    private static final double IMAGE_PX = 110;
    private static final double LAYER_STEP = 3;
    private static final double ROW = 175;
    private static final double CODER_WIDTH = 58;
    private static final Color[] RGB = {new Color(213, 94, 0, 70), new Color(0, 158, 115, 70), new Color(0, 114, 178, 70)};
    private static final Color LATENT_FILL = new Color(230, 159, 0, 90);
    private static final Color BOX_FILL = new Color(240, 246, 252);
    private static final Stroke OUTLINE = new BasicStroke(1.2f);
    private static final Stroke ARROW = new BasicStroke(1.6f);

    private LatentFigure() {
    }

    /**
     * The demo figure; the attention-cost lines only when {@code revealed}.
     *
     * @param id a prefix unique on the page
     */
    public static String render(String id, LatentPipeline p, boolean revealed) {
        Canvas c = new Canvas(id, WIDTH, HEIGHT);
        c.font(15, true);
        c.nextId("heading");
        c.text(heading(p), 20, 24, Canvas.INK);
        c.font(12, false);
        c.text(shape(p.image()) + " image (" + count(p.image().values()) + " values) → " + shape(p.latent())
                + " latent (" + count(p.latent().values()) + " values): " + fewer(p.compression()), 20, 44,
                Canvas.MUTED);

        c.beginGroup("image-in");
        image(c, 20, ROW - IMAGE_PX / 2, IMAGE_PX);
        labels(c, 20 + IMAGE_PX / 2, "image x", shape(p.image()), count(p.image().values()) + " values");
        c.endGroup();
        arrow(c, 152, 172);
        coder(c, "encoder", 174, 50, 25, "E", "÷ " + p.factor() + " per side",
                p.channels() + " channel" + (p.channels() == 1 ? "" : "s"));
        arrow(c, 234, 252);
        c.beginGroup("latent");
        latent(c, p, 254, ROW);
        labels(c, 254 + IMAGE_PX / 2, "latent z", shape(p.latent()), count(p.latent().values()) + " values");
        c.endGroup();
        arrow(c, 392, 412);
        c.beginGroup("denoiser");
        denoiser(c);
        c.endGroup();
        arrow(c, 562, 580);
        coder(c, "decoder", 582, 25, 50, "D", "× " + p.factor() + " per side", "");
        arrow(c, 642, 660);
        c.beginGroup("image-out");
        image(c, 662, ROW - 45, 90);
        labels(c, 707, "image", shape(p.image()), "once, at the end");
        c.endGroup();

        c.beginGroup("numbers");
        double y = 322;
        c.font(12, false);
        for (String line : numberLines(p, revealed)) {
            c.text(line, 20, y, Canvas.INK);
            y += 18;
        }
        c.font(11, false);
        for (String note : notes()) {
            c.text(note, 20, y + 4, Canvas.MUTED);
            y += 16;
        }
        c.endGroup();
        return c.finish(heading(p), describe(p, revealed));
    }

    /** The text alternative: the same numbers the figure writes, in sentences. */
    public static String describe(LatentPipeline p, boolean revealed) {
        StringBuilder text = new StringBuilder("Diagram of latent diffusion with downsampling factor f = " + p.factor()
                + " and " + p.channels() + " latent channel" + (p.channels() == 1 ? "" : "s") + ". A " + shape(p.image())
                + " image (" + count(p.image().values()) + " values) goes through the encoder to a " + shape(p.latent())
                + " latent (" + count(p.latent().values()) + " values, " + fewer(p.compression()) + "). The "
                + "denoiser, a U-Net with attention and text conditioning, runs every sampling step on the latent, from "
                + "noise of that shape to a clean latent; the decoder turns the result into a " + shape(p.image())
                + " image once, at the end.");
        if (revealed) {
            text.append(' ').append(attentionSentence(p));
        } else {
            text.append(" The attention cost of one denoiser step is hidden until you reveal your prediction.");
        }
        return text.toString();
    }

    /** The lines under the diagram. */
    static java.util.List<String> numberLines(LatentPipeline p, boolean revealed) {
        int side = p.latent().height();
        String first = "Latent: (512 / " + p.factor() + ") × (512 / " + p.factor() + ") × " + p.channels() + " = "
                + shape(p.latent()) + " = " + count(p.latent().values()) + " values.";
        String second = "Compression against pixels: " + count(p.image().values()) + " / " + count(p.latent().values())
                + " = " + ratio(p.compression()) + " (= 3 f² / c).";
        if (!revealed) {
            return java.util.List.of(first, second,
                    "Attention cost of one denoiser step: commit to your prediction under the figure, then reveal it.");
        }
        return java.util.List.of(first, second,
                "Model (an assumption): full self-attention compares every pair of the " + count(p.latent().positions())
                        + " positions (" + side + " × " + side + "), so its cost grows with their square.",
                "One step: " + count(p.attentionPairs()) + " pairs over the latent against " + count(p.pixelAttentionPairs())
                        + " over pixels: " + ratio(p.attentionSaving()) + " times cheaper (f⁴).");
    }

    private static java.util.List<String> notes() {
        return java.util.List.of(
                "Sampling starts from noise of the latent's shape; the encoder only makes the training latents.",
                "The attention model ignores channels, convolutions and attention at reduced resolutions, so real savings are smaller.");
    }

    /** The attention sentence of the text alternative and the readout. */
    static String attentionSentence(LatentPipeline p) {
        return "Under the model that one step's self-attention compares every pair of positions, one step over the "
                + p.latent().height() + " × " + p.latent().width() + " latent compares " + count(p.attentionPairs())
                + " pairs against " + count(p.pixelAttentionPairs()) + " over the pixels: " + ratio(p.attentionSaving())
                + " times cheaper. The model ignores channels, convolutions and attention at reduced resolutions.";
    }

    /** Small multiples: the latent at f = 1, 4, 8, 16 and 32 with {@code channels} channels, to the image's scale. */
    public static String storyboard(String id, int channels) {
        Canvas c = new Canvas(id, WIDTH, 250);
        c.font(14, true);
        c.text("The latent the denoiser works on, drawn to the scale of a 512 × 512 image, " + channels + " channel"
                + (channels == 1 ? "" : "s"), 20, 22, Canvas.INK);
        for (int i = 0; i < STORYBOARD_FACTORS.length; i++) {
            LatentPipeline p = LatentPipeline.of(STORYBOARD_FACTORS[i], channels);
            double left = 20 + i * 148;
            c.beginGroup("f" + p.factor());
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.DASHED);
            c.g.draw(new Rectangle2D.Double(left, 55, IMAGE_PX, IMAGE_PX));
            latent(c, p, left, 55 + IMAGE_PX / 2);
            c.font(12, true);
            c.textCentred("f = " + p.factor(), left + IMAGE_PX / 2, 194, Canvas.INK);
            c.font(11, false);
            c.textCentred(shape(p.latent()), left + IMAGE_PX / 2, 210, Canvas.INK);
            c.textCentred(count(p.latent().values()) + " values", left + IMAGE_PX / 2, 224, Canvas.MUTED);
            c.textCentred(fewer(p.compression()), left + IMAGE_PX / 2, 238, Canvas.MUTED);
            c.endGroup();
        }
        return c.finish("Storyboard of the latent at five downsampling factors", describeStoryboard(channels));
    }

    /** The storyboard's text alternative, panel by panel. */
    public static String describeStoryboard(int channels) {
        StringBuilder text = new StringBuilder("The latent of a 512 × 512 × 3 image with " + channels + " channel"
                + (channels == 1 ? "" : "s") + ", at five downsampling factors, each drawn to the image's scale (dashed).");
        for (int f : STORYBOARD_FACTORS) {
            LatentPipeline p = LatentPipeline.of(f, channels);
            text.append(" At f = ").append(f).append(": ").append(shape(p.latent())).append(", ")
                    .append(count(p.latent().values())).append(" values, ").append(fewer(p.compression()))
                    .append(" than the image.");
        }
        return text.toString();
    }

    static String heading(LatentPipeline p) {
        return "Latent diffusion at f = " + p.factor() + ", c = " + p.channels() + ": the denoiser works on "
                + shape(p.latent());
    }

    /**
     * "48 times fewer" for a latent smaller than the image, "1.3333 times more" for one larger (at
     * f = 1 with more than 3 channels), "as many" for the same count.
     */
    static String fewer(double compression) {
        if (compression == 1) {
            return "as many";
        }
        return compression > 1 ? ratio(compression) + " times fewer" : ratio(1 / compression) + " times more";
    }

    /** "64 × 64 × 4". */
    static String shape(LatentShape s) {
        return s.height() + " × " + s.width() + " × " + s.channels();
    }

    /** A whole count with thousands separators, "786,432". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A ratio without needless digits: 3 f^2 / c and f^4, with f a power of two and c in
     * {1, 2, 3, 4, 8, 16}, have at most four decimals and are written exactly ("48", "0.1875",
     * "4,096"); the inverse of a compression below 1 is rounded to four decimals ("5.3333").
     */
    static String ratio(double v) {
        if (v == Math.rint(v)) {
            return count((long) v);
        }
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static void image(Canvas c, double x, double y, double size) {
        for (int k = RGB.length - 1; k >= 0; k--) {
            Rectangle2D layer = new Rectangle2D.Double(x + k * LAYER_STEP, y - k * LAYER_STEP, size, size);
            c.g.setColor(RGB[k]);
            c.g.fill(layer);
            c.g.setColor(Canvas.INK);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(layer);
        }
    }

    /** The latent centred vertically on {@code centreY} in a slot starting at {@code left}, side 1/f of the image's. */
    private static void latent(Canvas c, LatentPipeline p, double left, double centreY) {
        double side = Math.max(3, IMAGE_PX / p.factor());
        double x = left + (IMAGE_PX - side) / 2;
        double y = centreY - side / 2;
        int layers = Math.min(p.channels(), MAX_LAYERS);
        // Small latents get smaller offsets, so their layers stay visibly a stack of squares.
        double step = Math.min(LAYER_STEP, Math.max(0.8, side / 5));
        for (int k = layers - 1; k >= 0; k--) {
            Rectangle2D layer = new Rectangle2D.Double(x + k * step, y - k * step, side, side);
            c.g.setColor(LATENT_FILL);
            c.g.fill(layer);
            c.g.setColor(Canvas.INK);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(layer);
        }
        if (p.channels() > MAX_LAYERS) {
            c.font(10, false);
            c.text("(" + MAX_LAYERS + " of " + p.channels() + " drawn)", x, y - layers * step - 4, Canvas.MUTED);
        }
    }

    /** The denoiser with its loop over the sampling steps and the text conditioning below. */
    private static void denoiser(Canvas c) {
        RoundRectangle2D box = new RoundRectangle2D.Double(414, ROW - 45, 146, 90, 10, 10);
        c.g.setColor(BOX_FILL);
        c.g.fill(box);
        c.g.setColor(Canvas.BLUE);
        c.g.setStroke(OUTLINE);
        c.g.draw(box);
        c.font(13, true);
        c.textCentred("denoiser ε_θ(z_t, t, y)", 487, ROW - 20, Canvas.BLUE);
        c.font(11, false);
        c.textCentred("U-Net with attention", 487, ROW, Canvas.INK);
        c.textCentred("in latent space", 487, ROW + 16, Canvas.INK);
        c.textCentred("same shape in and out", 487, ROW + 32, Canvas.MUTED);
        // The loop: every sampling step feeds the denoiser's output back into it.
        c.g.setColor(Canvas.BLUE);
        c.g.setStroke(ARROW);
        c.g.draw(new Arc2D.Double(440, ROW - 75, 94, 60, 0, 180, Arc2D.OPEN));
        head(c, 440, ROW - 45, 0, 1);
        c.font(11, false);
        c.textCentred("every sampling step: z_T (noise) → … → z_0", 487, ROW - 82, Canvas.BLUE);
        // Text conditioning from below.
        RoundRectangle2D text = new RoundRectangle2D.Double(410, ROW + 75, 154, 30, 8, 8);
        c.g.setColor(Color.WHITE);
        c.g.fill(text);
        c.g.setColor(Canvas.GREEN);
        c.g.setStroke(OUTLINE);
        c.g.draw(text);
        c.font(11, false);
        c.textCentred("text prompt y → encoder", 487, ROW + 94, Canvas.INK);
        c.line(487, ROW + 75, 487, ROW + 53, Canvas.GREEN, ARROW);
        c.g.setColor(Canvas.GREEN);
        head(c, 487, ROW + 46, 0, -1);
        c.font(10, false);
        c.text("cross-attention", 492, ROW + 66, Canvas.MUTED);
    }

    /**
     * The encoder or the decoder: a trapezoid {@value #CODER_WIDTH} wide from {@code left}, half as
     * tall on its narrow (latent) side, with its letter inside and its labels under it.
     */
    private static void coder(Canvas c, String name, double left, double halfLeft, double halfRight, String letter,
            String scale, String extra) {
        c.beginGroup(name);
        double right = left + CODER_WIDTH;
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(left, ROW - halfLeft);
        shape.lineTo(right, ROW - halfRight);
        shape.lineTo(right, ROW + halfRight);
        shape.lineTo(left, ROW + halfLeft);
        shape.closePath();
        c.g.setColor(BOX_FILL);
        c.g.fill(shape);
        c.g.setColor(Canvas.INK);
        c.g.setStroke(OUTLINE);
        c.g.draw(shape);
        double middle = (left + right) / 2;
        c.font(14, true);
        c.textCentred(letter, middle, ROW + 5, Canvas.INK);
        labels(c, middle, name, scale, extra);
        c.endGroup();
    }

    private static void arrow(Canvas c, double from, double to) {
        c.line(from, ROW, to - 6, ROW, Canvas.INK, ARROW);
        c.g.setColor(Canvas.INK);
        head(c, to, ROW, 1, 0);
    }

    /** A filled arrow head with its tip at (x, y), pointing along (dx, dy), a unit axis direction. */
    private static void head(Canvas c, double x, double y, double dx, double dy) {
        Path2D.Double h = new Path2D.Double();
        h.moveTo(x, y);
        h.lineTo(x - 7 * dx - 4 * dy, y - 7 * dy - 4 * dx);
        h.lineTo(x - 7 * dx + 4 * dy, y - 7 * dy + 4 * dx);
        h.closePath();
        c.g.fill(h);
    }

    private static void labels(Canvas c, double centreX, String name, String shape, String extra) {
        c.font(11, true);
        c.textCentred(name, centreX, ROW + 80, Canvas.INK);
        c.font(11, false);
        c.textCentred(shape, centreX, ROW + 95, Canvas.INK);
        if (!extra.isEmpty()) {
            c.textCentred(extra, centreX, ROW + 110, Canvas.MUTED);
        }
    }
}
