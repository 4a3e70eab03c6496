package org.diffusioncourse.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * The decision guide between the three losses of the score chapter (chapter 004 of the sources):
 * explicit score matching ({@code hyvarinen-2005}), denoising score matching ({@code vincent-2011})
 * and noise prediction ({@code ho-2020-ddpm}), as three boxes under one question, each saying what
 * the loss needs, what it costs and what it learns. Each box keeps its text alternative beside its
 * lines, so the two are edited together. Fixed content: the same bytes every time.
 */
public final class LossGuideFigure {

    /** One loss: its name, the branch label above it, and the lines inside its box. */
    record Choice(String branch, String name, List<String> lines, String sentence) {
    }

    static final List<Choice> CHOICES = List.of(
            new Choice("only samples of p", "Score matching", List.of("Loss: E[ ½|s_θ(x)|² + ∇·s_θ(x) ]",
                    "Needs: the divergence of s_θ", "at every point: exact in 2-D,", "costly in high dimension",
                    "Learns: ∇ log p of clean data"), "Its loss is the expectation of half the squared length of s_θ "
                    + "plus its divergence; it needs that divergence at every point, exact in two dimensions and costly in "
                    + "high dimension, and it learns the score of the clean data."),
            new Choice("samples + noise of one std s", "Denoising score matching", List.of("Loss: E| s_θ(x + s ε) + ε/s |²",
                    "Needs: one noisy copy per point", "Target −ε/s has size √2/s:", "very noisy as s → 0",
                    "Learns: ∇ log p_s of noised data"), "Its loss is the squared distance between s_θ at the noisy "
                    + "point and the target −ε/s; it needs one noisy copy per point, the target's size √2/s makes it very "
                    + "noisy as s goes to 0, and it learns the score of the noised data."),
            new Choice("many noise levels, one network", "Noise prediction", List.of("Loss: E| ε_θ(x_t, t) − ε |²",
                    "= denoising score matching", "weighted by s_t²: the target", "has size √2 at every t",
                    "Learns: ε_θ = −s_t ∇ log p_t"), "Its loss is the squared error of the predicted noise; it is "
                    + "denoising score matching weighted by s_t², so the target has size √2 at every t, and the network "
                    + "learns ε_θ = −s_t times the score of p_t."));

    static final String QUESTION = "Which loss? Ask what you can compute.";
    static final String FOOTER = "All three have the same minimiser up to scale: s_θ = −ε_θ / s.";

    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final double BOX_W = 236;
    private static final double BOX_H = 132;
    private static final double GAP = 16;
    private static final double BOX_TOP = 112;
    private static final double ELBOW = 66;
    private static final Color BOX_FILL = new Color(240, 246, 252);

    private LossGuideFigure() {
    }

    /** The guide as SVG with a title and description. */
    public static String render() {
        Canvas canvas = new Canvas("loss-guide", WIDTH, HEIGHT);
        double mid = WIDTH / 2.0;
        RoundRectangle2D question = new RoundRectangle2D.Double(mid - 170, 14, 340, 34, 10, 10);
        canvas.g.setColor(Canvas.INK);
        canvas.g.setStroke(new BasicStroke(1.2f));
        canvas.g.draw(question);
        canvas.font(14, true);
        canvas.textCentred(QUESTION, mid, 36, Canvas.INK);
        double left = (WIDTH - 3 * BOX_W - 2 * GAP) / 2;
        for (int i = 0; i < CHOICES.size(); i++) {
            Choice c = CHOICES.get(i);
            double x = left + i * (BOX_W + GAP);
            double cx = x + BOX_W / 2;
            double drop = x + 20;
            // Elbow connectors: down from the question, across, then down, so no line crosses a branch label.
            canvas.line(mid, 48, mid, ELBOW, Canvas.MUTED, new BasicStroke(1.2f));
            canvas.line(mid, ELBOW, drop, ELBOW, Canvas.MUTED, new BasicStroke(1.2f));
            canvas.line(drop, ELBOW, drop, BOX_TOP - 8, Canvas.MUTED, new BasicStroke(1.2f));
            Path2D head = new Path2D.Double();
            head.moveTo(drop, BOX_TOP - 1);
            head.lineTo(drop - 4, BOX_TOP - 8);
            head.lineTo(drop + 4, BOX_TOP - 8);
            head.closePath();
            canvas.g.fill(head);
            canvas.font(11, false);
            canvas.text("Have " + c.branch() + "?", drop + 8, BOX_TOP - 16, Canvas.MUTED);
            RoundRectangle2D box = new RoundRectangle2D.Double(x, BOX_TOP, BOX_W, BOX_H, 10, 10);
            canvas.g.setColor(BOX_FILL);
            canvas.g.fill(box);
            canvas.g.setColor(Canvas.BLUE);
            canvas.g.draw(box);
            canvas.font(13, true);
            canvas.textCentred(c.name(), cx, BOX_TOP + 20, Canvas.BLUE);
            canvas.font(11, false);
            for (int k = 0; k < c.lines().size(); k++) {
                canvas.text(c.lines().get(k), x + 10, BOX_TOP + 42 + 18 * k, Canvas.INK);
            }
        }
        canvas.font(12, false);
        canvas.text(FOOTER, left, BOX_TOP + BOX_H + 34, Canvas.INK);
        return canvas.finish("Which of the three score losses to use", describe());
    }

    /** The text alternative: the question, then each branch with its loss and the lines of its box. */
    public static String describe() {
        StringBuilder text = new StringBuilder(QUESTION);
        for (Choice c : CHOICES) {
            text.append(" If you have ").append(c.branch()).append(": ").append(c.name()).append(". ")
                    .append(c.sentence());
        }
        return text.append(' ').append(FOOTER).toString();
    }
}
