package org.diffusioncourse.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SVG path data back into absolute vertices, independently of the code that writes it:
 * commands M, L, H, V, Z (and C, Q, whose end points are not counted as vertices: a ring is
 * one moveto and its curves) in both cases, numbers separated by commas, spaces or a minus sign,
 * and the repetition rules of SVG 2 (bare numbers repeat the command; after m or M they are
 * l or L; after z the current point is the start of the closed subpath).
 */
public final class SvgPaths {

    private static final Pattern TOKEN = Pattern.compile("[MLHVZCQmlhvzcq]|-?\\d+(?:\\.\\d+)?");
    private static final Pattern PATH_DATA = Pattern.compile(" d='([^']*)'");

    private SvgPaths() {
    }

    /** Every vertex of the path: a moveto or a lineto's end point, as {x, y}, in order. */
    public static List<double[]> vertices(String data) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(data);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<double[]> out = new ArrayList<>();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 0;
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    x = startX;
                    y = startY;
                }
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M', 'L' -> {
                    double a = Double.parseDouble(tokens.get(i++));
                    double b = Double.parseDouble(tokens.get(i++));
                    x = relative ? x + a : a;
                    y = relative ? y + b : b;
                    if (Character.toUpperCase(command) == 'M') {
                        startX = x;
                        startY = y;
                        command = relative ? 'l' : 'L';
                    }
                }
                case 'H' -> {
                    double a = Double.parseDouble(tokens.get(i++));
                    x = relative ? x + a : a;
                }
                case 'V' -> {
                    double b = Double.parseDouble(tokens.get(i++));
                    y = relative ? y + b : b;
                }
                case 'C', 'Q' -> {
                    int numbers = Character.toUpperCase(command) == 'C' ? 6 : 4;
                    double a = Double.parseDouble(tokens.get(i + numbers - 2));
                    double b = Double.parseDouble(tokens.get(i + numbers - 1));
                    i += numbers;
                    x = relative ? x + a : a;
                    y = relative ? y + b : b;
                    continue;
                }
                default -> throw new IllegalArgumentException("a number with no command before it in " + data);
            }
            out.add(new double[] {x, y});
        }
        return out;
    }

    /** The vertices of every path of an SVG document, counted. */
    public static int vertexCount(String svg) {
        Matcher d = PATH_DATA.matcher(svg);
        int count = 0;
        while (d.find()) {
            count += vertices(d.group(1)).size();
        }
        return count;
    }
}
