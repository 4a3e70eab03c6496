package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/figures/DEMO/NAME.csv}: the numbers a figure draws, over real HTTP. The header
 * row, one row per dot the SVG of the same state draws, the attachment's file name, and the
 * refusals, which are the SVG's own.
 */
class FigureCsvTest extends ApiOverHttp {

    private static final String FORWARD = "/api/v1/figures/forward-noising/figure";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theForwardFiguresDataHasAHeaderAndOneRowPerDotTheSvgDraws() throws Exception {
        String state = "?dataset=spiral&schedule=cosine&t=600&seed=11&n=800";
        HttpResponse<String> csv = api.get(FORWARD + ".csv" + state + "&lesson=forward-process");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\""
                + "forward-process_forward-noising_figure_dataset-spiral_schedule-cosine_t-600_seed-11_n-800.csv\"");
        assertThat(csv.body()).startsWith("series,x,y\r\n").endsWith("\r\n");

        List<String[]> rows = Arrays.stream(csv.body().split("\r\n")).skip(1).map(l -> l.split(",", -1)).toList();
        assertThat(rows).allMatch(r -> r.length == 3);
        String svg = api.get(FORWARD + ".svg" + state).body();
        assertThat(rows.stream().filter(r -> r[0].equals("points")).count()).isEqualTo(dots(svg, "forward-figure-points"))
                .isGreaterThan(700);
        assertThat(rows.stream().filter(r -> r[0].equals("alpha-bar")).count()).isEqualTo(101);
        assertThat(rows).filteredOn(r -> r[0].equals("alpha-bar-current"))
                .singleElement().satisfies(r -> assertThat(r[1]).isEqualTo("600"));
        assertThat(rows.stream().filter(r -> r[0].equals("crossing")).count()).as("hidden until revealed").isZero();
        assertThat(api.get(FORWARD + ".csv" + state + "&revealed=true").body()).contains("\r\ncrossing,");
        assertThat(rows).as("plain decimal, no exponent").noneMatch(r -> r[1].contains("E") || r[2].contains("E"));
    }

    @Test
    void theDataRefusesWhatTheFigureRefusesWithTheSameMessages() throws Exception {
        assertRefused(FORWARD + ".csv?t=5000", 400, "t", "t must be between 0 and 1000, was 5000");
        assertRefused(FORWARD + ".csv?colour=red", 400, "colour", "unknown parameter 'colour'");
        assertRefused(FORWARD + ".csv?revealed=maybe", 400, "revealed", "revealed must be true or false");
        assertRefused(FORWARD + ".csv?t=1&t=2", 400, "t", "t must be given once, was given 2 times");
        assertRefused(FORWARD + ".csv?lesson=..%2Fetc", 400, "lesson", "lesson must be a lesson id");
        assertRefused("/api/v1/figures/forward-noising/cloud.csv", 400, "figure", "figure must be one of figure");
        assertRefused("/api/v1/figures/backward-noising/figure.csv", 404, "demo", "demo must be one of forward-noising");
    }

    @Test
    void theSvgIsServedInlineWithoutAFileNameSoThePagesLinkNamesIt() throws Exception {
        HttpResponse<String> svg = api.get(FORWARD + ".svg?t=250");
        assertThat(svg.headers().firstValue("Content-Disposition")).hasValue("inline");
        assertThat(svg.body()).isEqualTo(catalog.demo("forward-noising").orElseThrow().figure("figure", Map.of("t", "250")));
    }

    /** The dots in the group {@code id}: one path whose sub-paths are each a dot ({@code M..Z}). */
    static long dots(String svg, String id) {
        Matcher path = Pattern.compile("<g id='" + id + "'[^>]*><path d='([^']*)'").matcher(svg);
        assertThat(path.find()).as(id).isTrue();
        return path.group(1).chars().filter(ch -> ch == 'Z' || ch == 'z').count();
    }

    private void assertRefused(String url, int status, String field, String message) throws Exception {
        HttpResponse<String> response = api.get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(status);
        JsonNode body = ApiHttp.JSON.readTree(response.body());
        assertThat(body.get("field").asString()).as(url).isEqualTo(field);
        assertThat(body.get("error").asString()).as(url).contains(message);
    }
}
