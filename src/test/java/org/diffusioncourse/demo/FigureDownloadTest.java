package org.diffusioncourse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.RangeInput;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The download row under every demo figure follows the figure: the SVG link is the shown frame's
 * URL with a file name for lesson, demo, figure and state; the CSV link exists only where the demo
 * keeps a data table, and the JSON API link only where a call reproduces the numbers.
 */
@CourseTest
class FigureDownloadTest extends SpringBrowserlessTest {

    @Autowired
    DemoCatalog catalog;

    @Test
    void theSvgLinkIsTheShownFiguresSrcAndFollowsTheSlider() {
        navigate("lessons/forward-process", LessonView.class);
        $(RangeInput.class).id("forward-t").setValue(250.0);
        DemoFigure figure = $(DemoFigure.class).first();
        assertThat(figure.svgDownload().getHref()).isEqualTo(figure.src()).contains("t=250");
        assertThat(figure.svgDownload().getElement().getAttribute("download"))
                .startsWith("forward-process_forward-noising_figure_dataset-").contains("_t-250_").endsWith(".svg")
                .matches("[A-Za-z0-9._-]+");
        assertThat(figure.svgDownload().getId()).hasValue("forward-download-svg");
        assertThat(figure.svgDownload().isVisible()).isTrue();

        assertThat(figure.csvDownload().isVisible()).isTrue();
        assertThat(figure.csvDownload().getHref())
                .isEqualTo(figure.src().replace("figure.svg?", "figure.csv?") + "&lesson=forward-process");
        assertThat(figure.csvDownload().getElement().getAttribute("download"))
                .isEqualTo(figure.svgDownload().getElement().getAttribute("download").replace(".svg", ".csv"));
        assertThat(figure.apiLink().getHref()).matches("api/v1/schedule\\?name=(linear|cosine)&T=1000");

        $(RangeInput.class).id("forward-t").setValue(600.0);
        assertThat(figure.svgDownload().getHref()).isEqualTo(figure.src()).contains("t=600");
        assertThat(figure.svgDownload().getElement().getAttribute("download")).contains("_t-600_");
    }

    @Test
    void aFigureWithoutADataTableShowsNoCsvLink() {
        LessonDemo guidance = catalog.demo("guidance").orElseThrow();
        assertThat(guidance.tabledFigures()).isEmpty();
        navigate("lessons/guidance", LessonView.class);
        List<DemoFigure> figures = $(DemoFigure.class).all();
        assertThat(figures).isNotEmpty().allSatisfy(f -> {
            assertThat(f.svgDownload().isVisible()).isTrue();
            assertThat(f.csvDownload().isVisible()).isFalse();
        });
    }

    @Test
    void fileNamesCarryEveryPartAndOnlySafeCharacters() {
        assertThat(FigureFiles.ofUrl("forward-process", "api/v1/figures/forward-noising/figure.svg?t=250&seed=1", "svg"))
                .isEqualTo("forward-process_forward-noising_figure_t-250_seed-1.svg");
        assertThat(FigureFiles.ofUrl("", "api/v1/figures/score/figure.svg?w=-0.5&label=a%2Fb+c", "csv"))
                .isEqualTo("score_figure_w--0.5_label-a-b-c.csv");
        assertThat(FigureFiles.name("l", "d", "f", Map.of("k", "v".repeat(400)), "svg")).hasSize(FigureFiles.MAX_STEM + 4);
    }
}
