package org.diffusioncourse.inquiry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.lesson.Lesson;
import org.springframework.dao.DataAccessException;

/**
 * The Visual inquiry panel: a radio group of the lesson's cues (each a visible object of the
 * page) and a button. Until a cue is picked, no reveal is on the page at all; after the pick,
 * the chosen cue's reveal is open and focused, and every other cue's reveal is a closed
 * disclosure the learner may open. The question and the cues are plain text and the reveals go
 * through {@link InlineText}, so no author text is ever read as HTML.
 */
final class InquiryPanel extends Div {

    static final String ID = "visual-inquiry";

    private final InquiryRecord record;
    private final Lesson lesson;
    private final RadioButtonGroup<Lesson.Inquiry.Option> cues = new RadioButtonGroup<>();
    private final Button pick = new Button("Show what this cue reveals");
    private final Paragraph status = new Paragraph();
    private final Div reveals = new Div();

    InquiryPanel(InquiryRecord record, Lesson lesson) {
        this.record = record;
        this.lesson = lesson;
        setId(ID);
        addClassName("inquiry-panel");
        H3 heading = new H3("Visual inquiry");
        heading.setId(ID + "-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph lead = new Paragraph("Make the figure answer a question: before the page explains, pick the object "
                + "you would look at first. Then see what that cue reveals.");
        lead.addClassName("inquiry-lead");

        cues.setLabel(lesson.inquiry().question());
        cues.setItems(lesson.inquiry().options());
        cues.setItemLabelGenerator(Lesson.Inquiry.Option::cue);
        cues.addClassName("inquiry-cues");
        // One cue per line: a cue is a phrase, and side by side they run off a phone's screen.
        cues.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        cues.addValueChangeListener(e -> pick.setEnabled(!cues.isReadOnly() && e.getValue() != null));
        pick.addClassName("inquiry-pick-button");
        pick.setEnabled(false);
        pick.addClickListener(e -> pick());
        status.addClassName("inquiry-status");
        status.getElement().setAttribute("aria-live", "polite");
        reveals.addClassName("inquiry-reveals");
        add(heading, lead, cues, pick, status);
        record.notice().ifPresent(this::add);
        add(reveals);
        record.find(lesson).flatMap(lesson.inquiry()::option).ifPresent(kept -> {
            show(kept, false);
            status.setText("Your pick, kept from your last visit: “" + kept.cue() + "”.");
        });
    }

    private void pick() {
        Lesson.Inquiry.Option chosen = cues.getValue();
        if (chosen == null || cues.isReadOnly()) {
            return;
        }
        String keptId;
        try {
            keptId = record.pick(lesson, chosen.id());
        } catch (IllegalArgumentException refused) {
            status.setText(refused.getMessage());
            return;
        } catch (DataAccessException failed) {
            status.setText(SaveFailure.report("Your pick", failed));
            return;
        }
        Lesson.Inquiry.Option kept = lesson.inquiry().option(keptId).orElse(chosen);
        show(kept, true);
        status.setText(kept.equals(chosen) ? "You picked “" + chosen.cue() + "”." + (record.notice().isEmpty()
                ? " It is kept with your account." : "")
                : "You had already picked “" + kept.cue() + "” (in another tab, perhaps); the first pick is the one kept.");
    }

    /** Locks the group on the kept cue and lists the reveals, the kept one first and open. */
    private void show(Lesson.Inquiry.Option kept, boolean focus) {
        cues.setValue(kept);
        cues.setReadOnly(true);
        pick.setEnabled(false);
        pick.setVisible(false);
        reveals.removeAll();
        reveals.add(reveal(kept, true, focus));
        lesson.inquiry().options().stream().filter(o -> !o.equals(kept)).forEach(o -> reveals.add(reveal(o, false, false)));
    }

    private static NativeDetails reveal(Lesson.Inquiry.Option option, boolean picked, boolean focus) {
        Paragraph text = new Paragraph(InlineText.of(option.reveals()));
        NativeDetails details = new NativeDetails((picked ? "Your pick: " : "What this cue reveals: ") + option.cue(), text);
        details.addClassName(picked ? "inquiry-reveal-picked" : "inquiry-reveal");
        details.setId("inquiry-reveal-" + option.id());
        details.setOpen(picked);
        if (focus) {
            details.getSummary().getElement().executeJs("this.focus()");
        }
        return details;
    }
}
