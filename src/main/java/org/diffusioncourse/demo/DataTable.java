package org.diffusioncourse.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.simulation.PointCloud;

/**
 * The numbers a figure draws, as a table: the points of its clouds and the vertices of its
 * curves, one row each, so a learner can plot them again elsewhere. Written as CSV (RFC 4180):
 * a header row, CRLF line ends, text quoted only where it must be, numbers in plain decimal with
 * the fewest digits that read back to the same double ({@link BigDecimal#valueOf(double)}).
 *
 * <p>Most figures use the long layout {@code series, x, y}: one row per drawn point or curve
 * vertex, named by the series it belongs to.
 */
public final class DataTable {

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private DataTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** An empty table with {@code columns}. */
    public static DataTable of(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("columns must name at least 1 column, named 0");
        }
        return new DataTable(List.of(columns));
    }

    /** The long layout {@code series, x, y}. */
    public static DataTable series() {
        return of("series", "x", "y");
    }

    /** Adds a row of text and numbers, one cell per column. */
    public DataTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row must have " + columns.size() + " cells, had " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /**
     * The first {@code count} points of {@code cloud} that fall inside {@code frame}, as the
     * figure draws them ({@code Canvas.dots} leaves out the others), as rows {@code series, x, y}.
     */
    public DataTable points(String series, Frame frame, PointCloud cloud, int count) {
        for (int i = 0; i < count; i++) {
            double x = cloud.x(i);
            double y = cloud.y(i);
            if (frame.contains(x, y)) {
                row(padded(series, x, y));
            }
        }
        return this;
    }

    /**
     * The vertices of a curve of step {@code u} from {@code first} to {@code last} as rows
     * {@code series, u, value(u)} (and empty cells for any further columns).
     */
    public DataTable curve(String series, java.util.function.IntToDoubleFunction value, int first, int last) {
        for (int u = first; u <= last; u++) {
            row(padded(series, u, value.applyAsDouble(u)));
        }
        return this;
    }

    /** {@code cells} followed by empty cells up to the number of columns. */
    public Object[] padded(Object... cells) {
        Object[] row = java.util.Arrays.copyOf(cells, columns.size());
        java.util.Arrays.fill(row, cells.length, row.length, "");
        return row;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    /** The rows of {@code series} (first cell), for tests and checks. */
    public long count(String series) {
        return rows.stream().filter(r -> r.getFirst().equals(series)).count();
    }

    /** The table as RFC 4180 CSV. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(columns));
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell: doubles in plain decimal (NaN and infinities as words), text quoted where needed. */
    static String cell(Object value) {
        return switch (value) {
            case Double d when d.isNaN() || d.isInfinite() -> d.toString();
            case Double d -> d == 0 ? "0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> cell(f.doubleValue());
            case Number n -> n.toString();
            default -> quoted(value.toString());
        };
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
