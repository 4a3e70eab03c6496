package org.diffusioncourse.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;

/**
 * The course's prerequisite map: lessons as boxes in rows by depth (a lesson sits one row
 * below its deepest prerequisite), arrows from each prerequisite down to the lessons that
 * need it. Written lessons are filled; planned ones are outlined with a dashed line. Read top
 * to bottom, the map stays narrow enough for a phone and its labels stay legible.
 */
public final class CourseMapFigure {

    /**
     * One lesson on the map, in course order.
     *
     * @param done     the signed-in learner's fraction of practice items done, 0 to 1, or
     *                 negative when there is no learner (nothing is drawn)
     * @param progress that progress in words, for the text alternative (empty when none)
     */
    public record Node(String id, String title, boolean written, List<String> prerequisites, double done, String progress) {
        public Node {
            prerequisites = List.copyOf(prerequisites);
        }

        public Node(String id, String title, boolean written, List<String> prerequisites) {
            this(id, title, written, prerequisites, -1, "");
        }
    }

    private static final int BOX_W = 230;
    private static final int BOX_H = 46;
    private static final int COL_GAP = 24;
    private static final int ROW_GAP = 30;
    private static final int MARGIN = 12;
    private static final Color WRITTEN = new Color(0x1f, 0x5f, 0xa8);
    private static final Color PLANNED = new Color(0x6b, 0x6b, 0x6b);
    private static final Color PROGRESS = new Color(0xf2, 0xc1, 0x4e);
    private static final Color EDGE = new Color(0x8a, 0x8a, 0x8a);
    private static final Font FONT = new Font("SansSerif", Font.PLAIN, 13);

    private CourseMapFigure() {
    }

    public static String render(List<Node> nodes) {
        Map<String, Integer> depth = new HashMap<>();
        for (Node node : nodes) {
            int d = 0;
            for (String p : node.prerequisites()) {
                d = Math.max(d, depth.getOrDefault(p, -1) + 1);
            }
            depth.put(node.id(), d);
        }
        int rows = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int[] used = new int[rows];
        Map<String, double[]> at = new HashMap<>();
        for (Node node : nodes) {
            int row = depth.get(node.id());
            int col = used[row]++;
            at.put(node.id(), new double[] {MARGIN + col * (BOX_W + COL_GAP), MARGIN + row * (BOX_H + ROW_GAP)});
        }
        int columns = 1;
        for (int count : used) {
            columns = Math.max(columns, count);
        }
        int width = 2 * MARGIN + columns * BOX_W + (columns - 1) * COL_GAP;
        int height = 2 * MARGIN + rows * BOX_H + Math.max(0, rows - 1) * ROW_GAP;

        Canvas canvas = new Canvas("course-map", width, height);
        SVGGraphics2D g = canvas.g;
        g.setFont(FONT);
        g.setStroke(new BasicStroke(1.2f));
        for (Node node : nodes) {
            double[] to = at.get(node.id());
            for (String p : node.prerequisites()) {
                double[] from = at.get(p);
                if (from == null) {
                    continue;
                }
                double x1 = from[0] + BOX_W / 2.0;
                double y1 = from[1] + BOX_H;
                double x2 = to[0] + BOX_W / 2.0;
                double y2 = to[1] - 6;
                g.setColor(EDGE);
                g.draw(new CubicCurve2D.Double(x1, y1, x1, y1 + ROW_GAP * 0.8, x2, y2 - ROW_GAP * 0.8, x2, y2));
                Path2D head = new Path2D.Double();
                head.moveTo(x2, y2 + 6);
                head.lineTo(x2 - 4, y2);
                head.lineTo(x2 + 4, y2);
                head.closePath();
                g.fill(head);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            double[] p = at.get(node.id());
            RoundRectangle2D box = new RoundRectangle2D.Double(p[0], p[1], BOX_W, BOX_H, 10, 10);
            if (node.written()) {
                g.setColor(WRITTEN);
                g.fill(box);
                g.setColor(Color.WHITE);
            } else {
                g.setColor(Color.WHITE);
                g.fill(box);
                g.setColor(PLANNED);
                g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {4f, 3f}, 0f));
                g.draw(box);
                g.setStroke(new BasicStroke(1.2f));
            }
            drawTitle(g, (i + 1) + ". " + node.title(), p[0], p[1]);
            if (node.written() && node.done() >= 0) {
                // A thin bar along the bottom edge: the share of practice items done.
                double inset = 8;
                double barY = p[1] + BOX_H - 6;
                g.setColor(new Color(255, 255, 255, 90));
                g.fill(new java.awt.geom.Rectangle2D.Double(p[0] + inset, barY, BOX_W - 2 * inset, 3));
                g.setColor(PROGRESS);
                g.fill(new java.awt.geom.Rectangle2D.Double(p[0] + inset, barY, (BOX_W - 2 * inset) * Math.min(1, node.done()), 3));
            }
        }
        return canvas.finish("Prerequisite map of the course", describe(nodes));
    }

    /** The map in words: each lesson with what it builds on and whether it is written. */
    public static String describe(List<Node> nodes) {
        Map<String, String> titles = new HashMap<>();
        nodes.forEach(n -> titles.put(n.id(), n.title()));
        StringBuilder text = new StringBuilder("The map reads top to bottom. ");
        for (Node node : nodes) {
            text.append(node.title());
            text.append(node.prerequisites().isEmpty() ? " has no prerequisite" : " builds on "
                    + String.join(" and ", node.prerequisites().stream().map(p -> titles.getOrDefault(p, p)).toList()));
            text.append(node.written() ? " (available" + (node.progress().isEmpty() ? "" : "; your progress: "
                    + node.progress()) + "). " : " (planned). ");
        }
        return text.toString().strip();
    }

    private static void drawTitle(SVGGraphics2D g, String title, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > BOX_W - 16 && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        List<String> shown = lines.size() > 2 ? lines.subList(0, 2) : lines;
        double lineHeight = 14;
        double top = y + (BOX_H - shown.size() * lineHeight) / 2 + 11;
        for (int i = 0; i < shown.size(); i++) {
            g.drawString(shown.get(i), (float) (x + 8), (float) (top + i * lineHeight));
        }
    }
}
