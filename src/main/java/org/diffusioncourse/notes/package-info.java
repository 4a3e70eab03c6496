/**
 * The research room's per-learner drafts: a question, a note and a next action attached to
 * one object of a lesson page (the concept, an equation, a source, a code witness, a claim,
 * a misconception or a demo state), saved as the learner types, listed newest first and
 * exported as Markdown. Stored in {@code research_note} (Flyway V3); every read and write is
 * scoped to the signed-in learner by {@link org.diffusioncourse.notes.NoteService}.
 */
@NullMarked
package org.diffusioncourse.notes;

import org.jspecify.annotations.NullMarked;
