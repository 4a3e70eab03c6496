package org.diffusioncourse.models.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.models.ModelNotFound;
import org.diffusioncourse.models.ModelRefused;
import org.diffusioncourse.models.SavedModel;
import org.diffusioncourse.models.SavedModels;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * My models: the networks the signed-in learner kept, newest first, in a grid that the keyboard
 * moves through (arrows, then Space to choose a row). The chosen model can be renamed, deleted
 * (after a second, explicit confirmation), downloaded as its checkpoint file and opened in the
 * training lesson with the demo set to its run. Anonymous visitors are sent to sign in.
 */
@Route("my-models")
@Menu(title = "My models", order = 21)
@PageTitle("My models · Diffusion course")
@PermitAll
public class MyModelsView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final Grid<SavedModel> grid = new Grid<>(SavedModel.class, false);
    final Paragraph lead = new Paragraph();
    final Paragraph message = new Paragraph();
    final Div chosen = new Div();
    final TextField name = new TextField("Name");
    final Button rename = new Button("Rename");
    final Button delete = new Button("Delete…");
    final Div confirm = new Div();

    private final SavedModels models;
    private @Nullable SavedModel selected;

    public MyModelsView(SavedModels models) {
        this.models = models;
        addClassName("my-models");
        grid.setId("models-grid");
        grid.addColumn(SavedModel::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(SavedModel::dataset).setHeader("Dataset").setAutoWidth(true);
        grid.addColumn(SavedModel::process).setHeader("Process").setAutoWidth(true);
        grid.addColumn(SavedModel::target).setHeader("Target").setAutoWidth(true);
        grid.addColumn(SavedModel::width).setHeader("Width").setAutoWidth(true);
        grid.addColumn(SavedModel::steps).setHeader("Steps").setAutoWidth(true);
        grid.addColumn(m -> String.format(Locale.ROOT, "%.4f", m.finalLoss())).setHeader("Final loss").setAutoWidth(true);
        grid.addColumn(m -> WHEN.format(m.createdAt())).setHeader("Saved").setAutoWidth(true);
        grid.getElement().setAttribute("aria-label", "My models; choose a row with Space to act on it");
        grid.asSingleSelect().addValueChangeListener(e -> choose(e.getValue()));
        name.setId("model-name");
        name.setMaxLength(SavedModels.MAX_NAME);
        rename.setId("model-rename");
        rename.addClickListener(e -> rename());
        delete.setId("model-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> askToDelete());
        chosen.setId("model-actions");
        confirm.setId("model-confirm");
        message.setId("models-message");
        message.getElement().setAttribute("role", "status");
        lead.addClassName("lead");
        add(new H1("My models"), lead, grid, chosen, message);
        refresh(null);
    }

    private void refresh(@Nullable Long keep) {
        List<SavedModel> mine = models.mine();
        lead.setText(mine.isEmpty()
                ? "You have not kept a network yet. Train one in the lesson on training a denoiser and keep it there; "
                        + "it will be listed here."
                : mine.size() + " of at most " + SavedModels.MAX_MODELS + " models, newest first. Choose one (Space "
                        + "or click) to rename, delete, download or open it.");
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        Optional<SavedModel> again = mine.stream().filter(m -> keep != null && m.id() == keep).findFirst();
        if (again.isPresent()) {
            grid.select(again.get());
        } else if (!mine.isEmpty()) {
            grid.select(mine.getFirst());
        } else {
            choose(null);
        }
    }

    private void choose(@Nullable SavedModel model) {
        selected = model;
        chosen.removeAll();
        confirm.removeAll();
        if (model == null) {
            return;
        }
        // The name is the learner's own text: it goes into text nodes and a value, never into markup or a URL.
        H2 heading = new H2(model.name());
        heading.setId("model-heading");
        name.setValue(model.name());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = models.checkpoint(model.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(model.name()),
                        "application/octet-stream", bytes.length);
            } catch (ModelNotFound gone) {
                return DownloadResponse.error(404, gone.getMessage());
            } catch (AccessDeniedException signedOut) {
                return DownloadResponse.error(403, signedOut.getMessage());
            }
        }), "Download checkpoint");
        download.setId("model-download");
        Paragraph run = new Paragraph(model.dataset() + ", " + model.process() + ", target " + model.target()
                + ", weighting " + model.weighting() + ", width " + model.width() + " x " + model.layers() + " layers, "
                + model.steps() + " steps of " + model.batch() + ", learning rate " + model.learningRate() + ", "
                + model.trainingSetSize() + " training points" + (model.classConditional() ? ", class-conditional" : "")
                + ", seed " + model.seed() + ".");
        run.addClassName("model-run");
        chosen.add(heading, run, name, rename, download);
        model.config().ifPresentOrElse(config -> {
            Anchor open = new Anchor(LessonLink.of(config), "Open in the lesson");
            open.setId("model-open");
            chosen.add(open);
        }, () -> chosen.add(new Paragraph("This run's settings are outside what the lesson now offers, so it cannot "
                + "be opened there; its checkpoint can still be downloaded.")));
        chosen.add(delete, confirm);
    }

    private void rename() {
        SavedModel model = selected;
        if (model == null) {
            return;
        }
        try {
            SavedModel renamed = models.rename(model.id(), name.getValue());
            message.setText("Renamed to \u201c" + renamed.name() + "\u201d.");
            refresh(renamed.id());
        } catch (ModelRefused refused) {
            message.setText("Not renamed: " + refused.getMessage());
        } catch (ModelNotFound gone) {
            message.setText(gone.getMessage());
            refresh(null);
        } catch (DataAccessException failed) {
            message.setText(SaveFailure.report("The new name", failed));
        }
    }

    private void askToDelete() {
        SavedModel model = selected;
        if (model == null) {
            return;
        }
        confirm.removeAll();
        Paragraph question = new Paragraph("Delete \u201c" + model.name() + "\u201d for good? Its checkpoint cannot be "
                + "recovered unless you downloaded it.");
        Button yes = new Button("Delete for good", e -> delete(model));
        yes.setId("model-delete-confirm");
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Button no = new Button("Keep it", e -> {
            confirm.removeAll();
            delete.focus();
        });
        no.setId("model-delete-cancel");
        confirm.getElement().setAttribute("role", "alertdialog");
        confirm.add(question, yes, no);
        no.focus();
    }

    private void delete(SavedModel model) {
        try {
            models.delete(model.id());
            message.setText("Deleted \u201c" + model.name() + "\u201d.");
        } catch (ModelNotFound gone) {
            message.setText(gone.getMessage());
        } catch (DataAccessException failed) {
            message.setText(SaveFailure.report("Deleting your model", failed).replace(" was not saved", " did not happen"));
        }
        refresh(null);
    }

    /** A safe file name from the learner's name: letters, digits, dots, dashes and underscores only. */
    static String fileName(String modelName) {
        String safe = modelName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return (safe.isEmpty() ? "model" : safe) + ".dcnet";
    }
}
