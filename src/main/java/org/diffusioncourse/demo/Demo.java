package org.diffusioncourse.demo;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.Reading;

/**
 * The shape of every lesson demo. A demo has
 * <ul>
 *   <li>typed settings {@code S}, read from text and written back by one {@link ParamSet};</li>
 *   <li>a scene {@code V}: everything expensive (samples, runs, sweeps), computed once per scene
 *       key {@code K} (the settings a slider does not move) and kept in a {@link BoundedCache}, so a
 *       slider step only looks up and draws;</li>
 *   <li>figures: pure functions of the scene, the settings and whether the learner has revealed
 *       the answer, served by URL ({@link #figureUrl}) so a slider step reaches the page as one
 *       HTTP GET;</li>
 *   <li>a widget ({@link DemoWidget}), a storyboard and practice answers.</li>
 * </ul>
 * A subclass passes its id, settings, scene key and how to build a scene to the constructor,
 * declares in its own constructor its figures ({@link #figure}), widget ({@link #widget}), practice
 * quantities ({@link #answers}) and code witnesses ({@link #witness}), and implements the
 * storyboard and how each answer is computed; reading, checking, linking and caching are done
 * here, the same way for every demo. That is why it is long: everything ten demos share is here
 * once, so each of them states only what is its own.
 *
 * @param <S> the settings record
 * @param <K> the scene key, a record of the settings the scene depends on
 * @param <V> the scene
 */
public abstract class Demo<S, K, V> implements LessonDemo {

    /** Draws one figure. */
    @FunctionalInterface
    public interface Renderer<S, V> {

        /** The SVG of the figure for {@code settings}, with the answer drawn when {@code revealed}. */
        String render(V scene, S settings, boolean revealed);
    }

    /**
     * The words that go with one figure: the short name a screen reader reads first, the text
     * alternative computed from the figure's data, and the readout line of its numbers. They
     * travel inside the figure's SVG ({@link FigureCaption}), so the page updates them from the
     * frame it fetches, without a round trip to the server.
     */
    @FunctionalInterface
    public interface Captioner<S, V> {

        /** The caption of the figure {@link Renderer#render} draws for the same arguments. */
        FigureCaption caption(V scene, S settings, boolean revealed);
    }

    /** The numbers one figure draws, as a {@link DataTable}. */
    @FunctionalInterface
    public interface Tabler<S, V> {

        /** The points and curves {@link Renderer#render} draws for the same arguments. */
        DataTable table(V scene, S settings, boolean revealed);
    }

    private final String id;
    private final ParamSet<S> params;
    private final Set<String> storyboardKeys;
    private final Function<S, K> sceneKey;
    private final BoundedCache<K, V> scenes;
    private final Map<String, Renderer<S, V>> figures = new LinkedHashMap<>();
    private final Map<String, Captioner<S, V>> captions = new LinkedHashMap<>();
    private Function<S, String> stepText = settings -> "";
    private final Map<String, Tabler<S, V>> tables = new LinkedHashMap<>();
    private final Map<String, Function<S, String>> apiCalls = new LinkedHashMap<>();
    private final BoundedCache<Frame<S>, DrawnFrame> frames;
    private final Quantities quantities = new Quantities();
    private final Map<String, String> witnesses = new LinkedHashMap<>();
    private WidgetFactory<S> widgets;
    private volatile FigureTimer timer = FigureTimer.NONE;

    /** Makes the live widget showing {@code settings}; it lists {@code linkProblems} first and tells {@code onChange} every change. */
    @FunctionalInterface
    public interface WidgetFactory<S> {
        Component create(S settings, List<String> linkProblems, Consumer<S> onChange);
    }

    /** Where the code witnesses' files are, under {@code src/main/java}. */
    private static final String ROOT_PACKAGE = "org/diffusioncourse/";

    /** One drawn frame: many learners look at the same default states, and scrubbing back revisits frames. */
    private record Frame<S>(String figure, S settings, boolean revealed) {
    }

    /** Kilobytes of drawn SVG each demo keeps (about 150 frames of the forward figure). */
    static final int FRAME_BUDGET_KB = 4096;

    /**
     * @param storyboardKeys the parameters a {@code ::storyboard} directive may set
     * @param sceneKey       the settings the scene depends on
     * @param build          computes the scene of a key; called once per key while it stays cached
     * @param scenesKept     how many scenes the cache keeps (the Javadoc of the subclass says how large one is)
     */
    protected Demo(String id, ParamSet<S> params, Set<String> storyboardKeys, Function<S, K> sceneKey,
            Function<K, V> build, int scenesKept) {
        this.id = id;
        this.params = params;
        this.storyboardKeys = Set.copyOf(storyboardKeys);
        this.sceneKey = sceneKey;
        this.scenes = BoundedCache.of(id + "-scenes", scenesKept, build);
        this.frames = BoundedCache.weighed(id + "-frames", FRAME_BUDGET_KB, DrawnFrame::kilobytes,
                frame -> timer.time(id, frame.figure(), () -> draw(frame)));
        this.widgets = (settings, linkProblems, onChange) -> { throw new IllegalStateException(id + " declares no widget"); };
    }

    /** The storyboard for {@code settings}. */
    protected abstract Component storyboardOf(S settings);

    /** Declares a figure with its caption; call from the constructor. */
    protected final void figure(String name, Renderer<S, V> renderer, Captioner<S, V> caption) {
        if (figures.putIfAbsent(name, renderer) != null) {
            throw new IllegalArgumentException("two figures are named " + name);
        }
        captions.put(name, caption);
    }

    /**
     * Declares a figure, its caption and its data table: {@code table} must list exactly the
     * points and curve vertices {@code renderer} draws (a test per demo checks the counts against
     * the SVG).
     */
    protected final void figure(String name, Renderer<S, V> renderer, Captioner<S, V> caption, Tabler<S, V> table) {
        figure(name, renderer, caption);
        tables.put(name, table);
    }

    /**
     * Declares the text shown beside the main control for a setting (for example {@code "t = 250"});
     * it travels in every frame with the caption, so the page shows it as soon as the frame arrives.
     */
    protected final void stepText(Function<S, String> text) {
        this.stepText = text;
    }

    /** The text beside the main control for {@code settings}. */
    public final String stepText(S settings) {
        return stepText.apply(settings);
    }

    /** Draws one frame: the figure's SVG with its caption and the step text inside. */
    private DrawnFrame draw(Frame<S> frame) {
        V scene = scene(frame.settings());
        String svg = figures.get(frame.figure()).render(scene, frame.settings(), frame.revealed());
        FigureCaption caption = captions.get(frame.figure()).caption(scene, frame.settings(), frame.revealed());
        return DrawnFrame.of(svg, caption, stepText.apply(frame.settings()));
    }

    /**
     * Declares the JSON API call that reproduces the numbers of figure {@code name}, a path
     * relative to the site's root; only where the API computes the same quantity for the same
     * settings.
     */
    protected final void apiCall(String name, Function<S, String> url) {
        if (!figures.containsKey(name)) {
            throw new IllegalArgumentException("declare figure " + name + " before its API call");
        }
        apiCalls.put(name, url);
    }

    /** Declares the live widget; call from the constructor. */
    protected final void widget(WidgetFactory<S> factory) {
        this.widgets = factory;
    }

    /** Declares a code witness: the region {@code region} of {@code file}, a path under {@code src/main/java/org/diffusioncourse}. */
    protected final void witness(String region, String file) {
        if (witnesses.putIfAbsent(region, ROOT_PACKAGE + file) != null) {
            throw new IllegalArgumentException("two witnesses are named " + region);
        }
    }

    @Override
    public final Map<String, String> witnesses() {
        return Map.copyOf(witnesses);
    }

    /** Declares the quantities practice answers may ask for, in the order lessons list them; call from the constructor. */
    protected final void answers(Quantity... declared) {
        quantities.declare(declared);
    }

    @Override
    public final List<String> quantities() {
        return quantities.names();
    }

    @Override
    public final List<String> checkAnswer(String quantity, Map<String, String> params) {
        return quantities.check(quantity, params, this.params.keys(), this::problemsOf);
    }

    /** The refusal of a quantity this demo does not declare (the last case of {@link #answer}). */
    protected final IllegalArgumentException unknownQuantity(String quantity) {
        return quantities.unknown(quantity);
    }

    @Override
    public final String id() {
        return id;
    }

    public final ParamSet<S> params() {
        return params;
    }

    /** The scene for {@code settings}, from the cache. */
    public final V scene(S settings) {
        return scenes.get(sceneKey.apply(settings));
    }

    /** The scene key of {@code settings}: two settings with equal keys share their scene. */
    public final K sceneKey(S settings) {
        return sceneKey.apply(settings);
    }

    /** The settings of {@code params} over the defaults; wrong values keep their defaults. */
    public final S settingsOf(Map<String, String> params) {
        return this.params.read(params).settings();
    }

    /** What is wrong with {@code params} as this demo's settings (unknown keys aside). */
    private List<String> problemsOf(Map<String, String> params) {
        return this.params.read(params).problems();
    }

    /** The figure {@code name} for {@code settings}: its SVG, caption inside. */
    public final String render(String name, S settings, boolean revealed) {
        return frame(name, settings, revealed).svg();
    }

    /** The figure {@code name} for {@code settings}, drawn once and kept: SVG, bytes, ETag, caption. */
    public final DrawnFrame frame(String name, S settings, boolean revealed) {
        if (!figures.containsKey(name)) {
            throw new IllegalArgumentException("figure must be one of " + String.join(", ", figures.keySet())
                    + "; was \"" + name + "\"");
        }
        return frames.get(new Frame<>(name, settings, revealed));
    }

    /**
     * Where the page fetches the figure {@code name} for {@code settings}: a path relative to the
     * site's root, with the settings in link order and {@code revealed=true} once revealed.
     */
    public final String figureUrl(String name, S settings, boolean revealed) {
        return "api/v1/figures/" + id + "/" + name + ".svg?" + FigureQuery.write(params, settings, revealed);
    }

    /**
     * Where the page fetches the data of figure {@code name} as CSV ({@code .csv} in place of
     * {@code .svg} in {@link #figureUrl}), if it has a data table.
     */
    public final java.util.Optional<String> dataUrl(String name, S settings, boolean revealed) {
        if (!tables.containsKey(name)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("api/v1/figures/" + id + "/" + name + ".csv?" + FigureQuery.write(params, settings, revealed));
    }

    /** The JSON API call that reproduces figure {@code name}'s numbers for {@code settings}, where one exists. */
    public final java.util.Optional<String> apiUrl(String name, S settings) {
        return java.util.Optional.ofNullable(apiCalls.get(name)).map(call -> call.apply(settings));
    }

    /** The data table of figure {@code name} (tests). */
    public final DataTable table(String name, S settings, boolean revealed) {
        Tabler<S, V> tabler = tables.get(name);
        if (tabler == null) {
            throw new IllegalArgumentException("figure " + name + " of " + id + " has no data table");
        }
        return tabler.table(scene(settings), settings, revealed);
    }

    @Override
    public final List<String> tabledFigures() {
        return List.copyOf(tables.keySet());
    }

    @Override
    public final String figureCsv(String name, Map<String, String> query) {
        if (!tables.containsKey(name)) {
            List<String> allowed = List.copyOf(tables.keySet());
            throw new FigureRequestRefused("figure", (allowed.isEmpty() ? "no figure of " + id + " has a data table"
                    : "figure must be one of " + String.join(", ", allowed) + " for the data of " + id)
                    + "; was \"" + FigureQuery.shorten(name) + "\"", allowed);
        }
        Map<String, String> settings = new java.util.LinkedHashMap<>(query);
        settings.remove(FigureQuery.LESSON);
        FigureQuery<S> read = FigureQuery.read(id, params, settings);
        return table(name, read.settings(), read.revealed()).csv();
    }

    @Override
    public final List<String> figureNames() {
        return List.copyOf(figures.keySet());
    }

    @Override
    public final String figure(String name, Map<String, String> query) {
        return figureFrame(name, query).svg();
    }

    @Override
    public final DrawnFrame figureFrame(String name, Map<String, String> query) {
        if (!figures.containsKey(name)) {
            throw new FigureRequestRefused("figure", "figure must be one of " + String.join(", ", figures.keySet())
                    + " for " + id + "; was \"" + FigureQuery.shorten(name) + "\"", List.copyOf(figures.keySet()));
        }
        FigureQuery<S> read = FigureQuery.read(id, params, query);
        return frame(name, read.settings(), read.revealed());
    }

    @Override
    public final List<String> check(Map<String, String> raw) {
        return directiveProblems(raw, params.keys(), "::demo{id=" + id + "}");
    }

    @Override
    public final Component create(Map<String, String> authored, Map<String, String> link,
            Consumer<Map<String, String>> onMove) {
        Reading<S> reading = fromLink(authored, link);
        return widgets.create(reading.settings(), reading.problems(), s -> onMove.accept(params.write(s)));
    }

    @Override
    public final Map<String, String> initialState(Map<String, String> authored, Map<String, String> link) {
        return params.write(fromLink(authored, link).settings());
    }

    /** The authored settings overridden by the link, with what could not be used from the link. */
    private Reading<S> fromLink(Map<String, String> authored, Map<String, String> link) {
        return params.read(link, settingsOf(authored));
    }

    @Override
    public final List<String> checkStoryboard(Map<String, String> raw) {
        return directiveProblems(raw, storyboardKeys, "::storyboard{demo=" + id + "}");
    }

    /** What is wrong with a lesson directive's parameters: keys not in {@code allowed}, then wrong values. */
    private List<String> directiveProblems(Map<String, String> raw, Set<String> allowed, String directive) {
        List<String> problems = new ArrayList<>(ParamSet.unknownKeys(raw.keySet(), allowed, directive));
        problems.addAll(problemsOf(raw));
        return problems;
    }

    @Override
    public final Component storyboard(Map<String, String> raw) {
        return storyboardOf(settingsOf(raw));
    }

    @Override
    public final void warmUp() {
        S defaults = params.defaults();
        figures.keySet().forEach(name -> render(name, defaults, false));
        warmUpExtras(defaults);
    }

    /**
     * Fills the caches of what the page shows beside the figures (a demo's tables, a witness's
     * numbers) at start-up, so the first learner does not wait for them; nothing by default.
     */
    protected void warmUpExtras(S defaults) {
    }

    @Override
    public final void timeFiguresWith(FigureTimer timer) {
        this.timer = timer;
    }

    @Override
    public final List<BoundedCache<?, ?>> caches() {
        List<BoundedCache<?, ?>> all = new ArrayList<>();
        all.add(scenes);
        all.add(frames);
        all.addAll(extraCaches());
        return all;
    }

    /** Caches a demo keeps besides its scenes (for example drawn frames). */
    protected List<BoundedCache<?, ?>> extraCaches() {
        return List.of();
    }
}
