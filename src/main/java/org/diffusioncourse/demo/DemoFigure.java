package org.diffusioncourse.demo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * A demo figure on the page: the SVG (in a {@code <demo-figure>} element that fetches each new
 * frame by URL, see {@code frontend/demo-figure.js}), a live readout line and the visible text
 * alternative the figure is described by. Ids are {@code PREFIX-figure}, {@code PREFIX-readout}
 * and {@code PREFIX-figure-text}.
 *
 * <p>Below the figure, a row of links follows the figure's URL: "Download SVG" (that URL itself,
 * so the saved bytes are the ones shown), "Data (CSV)" where the demo keeps a data table for the
 * figure, and "Data (JSON API)" where an API call reproduces its numbers. Their ids are
 * {@code PREFIX-download-svg}, {@code -csv} and {@code -api}; the file names carry the lesson
 * ({@link #inLesson}), demo, figure and state ({@link FigureFiles}).
 *
 * <p>The first frame goes into the page with the widget; every later frame travels as one GET
 * of its URL, which a slider step starts in the browser without waiting for the server. The
 * frame carries its own label, text alternative and readout ({@link DrawnFrame}), which the
 * page puts in place as the frame arrives; the server hears the slider once it rests and then
 * sets the same words.
 */
@JsModule("./demo-figure.js")
public final class DemoFigure extends Div {

    private final String name;
    private final Element figure = new Element("demo-figure");
    private final Paragraph readout = new Paragraph();
    private final Paragraph description = new Paragraph();
    private final Div downloads = new Div();
    private final Anchor svgLink = new Anchor();
    private final Anchor csvLink = new Anchor();
    private final Anchor apiLink = new Anchor();
    private @Nullable DrawnFrame frame;
    private boolean drawn;
    private String lessonId = "";
    private String csv = "";

    /**
     * @param prefix the id prefix
     * @param name   the demo's figure this shows ({@link Demo#figureNames()})
     */
    public DemoFigure(String prefix, String name) {
        this.name = name;
        figure.setAttribute("id", prefix + "-figure");
        figure.getClassList().add("figure");
        figure.setAttribute("role", "img");
        figure.setAttribute("aria-describedby", prefix + "-figure-text");
        readout.setId(prefix + "-readout");
        readout.addClassName("readout");
        readout.getElement().setAttribute("aria-live", "polite");
        description.setId(prefix + "-figure-text");
        description.addClassName("figure-text");
        addClassName("figure-block");
        getElement().appendChild(figure);
        downloads.addClassName("figure-downloads");
        link(svgLink, prefix + "-download-svg", "Download SVG");
        link(csvLink, prefix + "-download-csv", "Data (CSV)");
        link(apiLink, prefix + "-download-api", "Data (JSON API)");
        downloads.add(svgLink, csvLink, apiLink);
        add(readout, description, downloads);
    }

    private static void link(Anchor anchor, String id, String text) {
        anchor.setId(id);
        anchor.setText(text);
        anchor.addClassName("figure-download");
        // A download, not a route: the client-side router must leave the click to the browser.
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.setVisible(false);
    }

    /** Names the lesson in the downloads' file names; the page calls it on every figure it places. */
    public void inLesson(String lessonId) {
        this.lessonId = lessonId;
        if (drawn) {
            updateDownloads();
        }
    }

    /** Names {@code lessonId} in the file names of every demo figure under {@code placed}. */
    public static void inLesson(Component placed, String lessonId) {
        if (placed instanceof DemoFigure figure) {
            figure.inLesson(lessonId);
        }
        placed.getChildren().forEach(child -> inLesson(child, lessonId));
    }

    /**
     * Sets where the figure's data can be had for the frame shown next: {@code csv} (empty when
     * the figure has no data table) and {@code api} (empty when no API call reproduces it).
     */
    public void data(String csv, String api) {
        this.csv = csv;
        apiLink.setVisible(!api.isEmpty());
        if (!api.isEmpty()) {
            apiLink.setHref(api);
            apiLink.getElement().setAttribute("aria-label", "Data (JSON API) of this figure");
        }
    }

    private void updateDownloads() {
        String src = src();
        svgLink.setHref(src);
        svgLink.getElement().setAttribute("download", FigureFiles.ofUrl(lessonId, src, "svg"));
        svgLink.setVisible(true);
        csvLink.setVisible(!csv.isEmpty());
        if (!csv.isEmpty()) {
            String withLesson = lessonId.isEmpty() || csv.contains("&" + FigureQuery.LESSON + "=") ? csv
                    : csv + (csv.endsWith("?") ? "" : "&") + FigureQuery.LESSON + "=" + lessonId;
            csvLink.setHref(withLesson);
            csvLink.getElement().setAttribute("download", FigureFiles.ofUrl(lessonId, src, "csv"));
        }
    }

    /**
     * @param src   where the page fetches this frame ({@link Demo#figureUrl})
     * @param frame the same frame drawn here: its SVG goes into the page for the first frame, its
     *              caption gives the label, the text alternative and the readout line
     */
    public void show(String src, DrawnFrame frame) {
        this.frame = frame;
        if (!drawn) {
            figure.setProperty("svg", frame.svg());
            drawn = true;
        }
        FigureCaption caption = frame.caption();
        String label = caption.label();
        figure.setAttribute("src", src);
        figure.setAttribute("aria-label", label);
        svgLink.getElement().setAttribute("aria-label", "Download SVG of " + label);
        csvLink.getElement().setAttribute("aria-label", "Data (CSV) of " + label);
        updateDownloads();
        description.setText(caption.text());
        readout.setText(caption.readout());
    }

    /** Marks the figure as not following the demo's main control ({@code data-follow="off"}). */
    void ignoreMainControl() {
        figure.setAttribute("data-follow", "off");
    }

    /** The demo's figure this shows. */
    public String name() {
        return name;
    }

    /** The URL of the frame shown. */
    public String src() {
        return figure.getAttribute("src");
    }

    /** The SVG of the frame shown, as the page has it once the URL is fetched. */
    public String svg() {
        return frame == null ? "" : frame.svg();
    }

    /** The "Download SVG" link: the figure's URL, with the file name in its download attribute. */
    public Anchor svgDownload() {
        return svgLink;
    }

    /** The "Data (CSV)" link, hidden when the figure has no data table. */
    public Anchor csvDownload() {
        return csvLink;
    }

    /** The "Data (JSON API)" link, hidden when no API call reproduces the figure. */
    public Anchor apiLink() {
        return apiLink;
    }

    /** The short name a screen reader reads first. */
    public String label() {
        return figure.getAttribute("aria-label");
    }

    /** The text alternative. */
    public String text() {
        return frame == null ? "" : frame.caption().text();
    }

    /** The readout line. */
    public String readout() {
        return frame == null ? "" : frame.caption().readout();
    }
}
