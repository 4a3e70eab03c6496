package org.diffusioncourse.lab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.diffusioncourse.base.ShutdownGate;
import org.jspecify.annotations.Nullable;

/**
 * Runs one piece of lab work at a time on the {@link LabExecutor}, with a progress bar, a
 * status line read out to screen readers and a Cancel button. Results and progress come back
 * through {@link UI#access}, so the page stays responsive while the worker computes.
 */
final class TaskPanel extends Div {

    /** The work: given a progress sink and a cancellation flag, returns its result. */
    interface Work<T> {
        T run(LabWork.Progress progress, BooleanSupplier cancelled);
    }

    private final LabExecutor executor;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Button cancel = new Button("Cancel");
    private final Div row;
    private @Nullable AtomicBoolean running;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    TaskPanel(LabExecutor executor) {
        this.executor = executor;
        addClassName("lab-task");
        bar.setId("lab-progress");
        NativeLabel label = new NativeLabel("Progress");
        label.setId("lab-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "lab-progress-label");
        status.setId("lab-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        cancel.setId("lab-cancel");
        cancel.setEnabled(false);
        cancel.addClickListener(e -> cancel());
        row = new Div(label, bar, cancel);
        row.addClassName("lab-progress-row");
        add(row, status);
        idle();
        addDetachListener(e -> stop());
    }

    /** Starts {@code work}, cancelling any run in progress; {@code onDone} runs in the UI. */
    <T> void start(String what, Work<T> work, Consumer<T> onDone) {
        if (executor.stopping()) {
            // The run in progress, if any, goes on: only new work is refused.
            setStatus(what + " did not start: " + ShutdownGate.MESSAGE + ".", "refused");
            return;
        }
        UI ui = UI.getCurrent();
        stop();
        AtomicBoolean flag = new AtomicBoolean();
        running = flag;
        bar.setValue(0);
        row.setVisible(true);
        cancel.setEnabled(true);
        setStatus(what + "…", "running");
        long started = System.nanoTime();
        last = executor.submit(() -> work.run((fraction, note) -> ui.access(() -> {
            if (running == flag) {
                bar.setValue(Math.max(0, Math.min(1, fraction)));
                status.setText(what + ": " + note);
            }
        }), flag::get)).whenComplete((result, error) -> ui.access(() -> {
            if (running != flag) {
                return;
            }
            running = null;
            idle();
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                setStatus("Cancelled.", "cancelled");
            } else if (cause != null) {
                setStatus(what + " failed: " + cause.getMessage(), "failed");
            } else {
                onDone.accept(result);
                setStatus(what + " finished in " + Math.round((System.nanoTime() - started) / 1e6) + " ms.", "done");
            }
        }));
    }

    /** Stops the run in progress, if any, and says so. */
    void cancel() {
        if (running != null) {
            stop();
            setStatus("Cancelled. The figures below are from the last finished run.", "cancelled");
        }
    }

    boolean isRunning() {
        return running != null;
    }

    /** The last run's completion, for tests that wait for the worker. */
    CompletableFuture<?> last() {
        return last;
    }

    private void stop() {
        AtomicBoolean flag = running;
        if (flag != null) {
            flag.set(true);
            running = null;
            idle();
        }
    }

    private void idle() {
        row.setVisible(false);
        cancel.setEnabled(false);
    }

    /** Shows a message in the status line when no run is in progress. */
    void say(String text, String state) {
        if (running == null) {
            setStatus(text, state);
        }
    }

    private void setStatus(String text, String state) {
        status.setText(text);
        status.getElement().setAttribute("data-state", state);
    }
}
