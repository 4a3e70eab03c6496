package org.diffusioncourse.demo;

import java.util.Objects;

/**
 * The words that go with one frame of a demo figure.
 *
 * @param label   a short name for the figure, read first by a screen reader (e.g. "Forward noising figure at t = 250")
 * @param text    the text alternative, computed from the figure's data
 * @param readout the readout line of the frame's numbers (may be empty)
 */
public record FigureCaption(String label, String text, String readout) {

    public FigureCaption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(readout, "readout");
    }
}
