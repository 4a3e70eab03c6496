package org.diffusioncourse.models.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.training.TrainingSettings;
import org.diffusioncourse.models.SavedModel;
import org.diffusioncourse.models.SavedModels;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.security.ui.LoginView;
import org.diffusioncourse.simulation.learn.Checkpoint;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
class MyModelsViewTest extends SecuredBrowserlessTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> & <b>bold</b>";
    private static final TrainedModel MOONS = ModelLibrary.shared().shipped(ShippedModel.TWO_MOONS_EPS);
    private static final TrainedModel GAUSSIANS = ModelLibrary.shared().shipped(ShippedModel.EIGHT_GAUSSIANS_EPS);

    @Autowired
    SavedModels models;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    long mia;

    /** Written straight to the table, so the anonymous test can set up too. */
    @BeforeEach
    void twoModels() {
        Accounts.ensure(users, jdbc, "mymodels-mia");
        mia = users.find("mymodels-mia").orElseThrow().id();
        jdbc.sql("delete from trained_model where user_id = :id").param("id", mia).update();
        keep("older moons", MOONS, "2026-11-01T10:00:00Z");
        keep(HOSTILE, GAUSSIANS, "2026-11-02T10:00:00Z");
    }

    private void keep(String name, TrainedModel model, String when) {
        TrainingConfig c = model.config();
        jdbc.sql("insert into trained_model (user_id, name, dataset, process, target, weighting, width, layers, steps, "
                        + "batch, learning_rate, training_set_size, class_conditional, label_dropout, seed, final_loss, "
                        + "checkpoint, created_at) values (:owner, :name, :dataset, :process, :target, :weighting, :width, "
                        + ":layers, :steps, :batch, :lr, :n, :conditional, :dropout, :seed, :loss, :checkpoint, :when)")
                .param("owner", mia).param("name", name).param("dataset", c.dataset().id())
                .param("process", c.process().id()).param("target", c.target().id()).param("weighting", c.weighting().id())
                .param("width", c.width()).param("layers", c.layers()).param("steps", c.steps()).param("batch", c.batch())
                .param("lr", c.learningRate()).param("n", c.trainingSetSize()).param("conditional", c.classConditional())
                .param("dropout", c.labelDropout()).param("seed", c.seed()).param("loss", model.finalLoss())
                .param("checkpoint", Checkpoint.toBytes(model)).param("when", OffsetDateTime.parse(when))
                .update();
    }

    @Test
    @WithMockUser(username = "mymodels-mia")
    void theTableListsEveryModelNewestFirstWithItsRun() {
        MyModelsView view = navigate(MyModelsView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(SavedModel::name).toList())
                .containsExactly(HOSTILE, "older moons");
        assertThat(test(view.grid).getCellText(1, 0)).isEqualTo("older moons");
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(c -> test(view.grid).getCellText(1, c)).toList())
                .containsExactly("two-moons", "ddpm-linear", "eps", "64", "3000");
        assertThat(test(view.grid).getCellText(1, 6)).matches("0\\.\\d{4}");
        assertThat(test(view.grid).getCellText(1, 7)).isEqualTo("2026-11-01 10:00 UTC");
        assertThat(view.lead.getText()).startsWith("2 of at most 20 models, newest first.");
        assertThat(view.grid.asSingleSelect().getValue().name()).as("the newest is chosen to start with").isEqualTo(HOSTILE);
    }

    @Test
    @WithMockUser(username = "mymodels-mia")
    void aLearnersNameIsShownAsTextAndNeverEntersAFileName() {
        MyModelsView view = navigate(MyModelsView.class);
        H2 heading = $(H2.class).id("model-heading");
        assertThat(heading.getText()).isEqualTo(HOSTILE);
        assertThat(heading.getElement().getChildCount()).isEqualTo(1);
        assertThat(heading.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(MyModelsView.fileName(HOSTILE)).matches("[A-Za-z0-9._-]+\\.dcnet").isEqualTo("img-src-x-onerror-alert-1-b-bold-b.dcnet");
        assertThat(MyModelsView.fileName("<>")).isEqualTo("model.dcnet");
        assertThat(view.name.getValue()).isEqualTo(HOSTILE);
    }

    @Test
    @WithMockUser(username = "mymodels-mia")
    void openInTheLessonLinksTheTrainingDemoAtTheModelsRun() {
        MyModelsView view = navigate(MyModelsView.class);
        view.grid.select(view.grid.getGenericDataView().getItems().filter(m -> m.name().equals("older moons")).findFirst().orElseThrow());
        String href = $(Anchor.class).id("model-open").getHref();
        assertThat(href).startsWith("lessons/training?dataset=two-moons&process=ddpm-linear&target=eps&").endsWith("#demo");
        Map<String, String> query = new LinkedHashMap<>();
        Arrays.stream(href.substring(href.indexOf('?') + 1, href.indexOf('#')).split("&"))
                .forEach(kv -> query.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1)));
        var reading = TrainingSettings.PARAMS.read(query);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.settings().config()).as("the lesson finds the same network").isEqualTo(MOONS.config());
    }

    @Test
    @WithMockUser(username = "mymodels-mia")
    void downloadCheckpointServesTheStoredFileBitForBit() throws Exception {
        navigate(MyModelsView.class);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test($(Anchor.class).id("model-download")).download(file);
        assertThat(file.toByteArray()).isEqualTo(Checkpoint.toBytes(GAUSSIANS));
        assertThat(Arrays.equals(Checkpoint.fromBytes(file.toByteArray()).parameters(), GAUSSIANS.parameters())).isTrue();
    }

    @Test
    @WithMockUser(username = "mymodels-mia")
    void renamingShowsTheNewNameOrTheLimitItBreaks() {
        MyModelsView view = navigate(MyModelsView.class);
        test(view.name).setValue("  the eight gaussians ");
        test(view.rename).click();
        assertThat(view.message.getText()).isEqualTo("Renamed to \u201cthe eight gaussians\u201d.");
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly("the eight gaussians", "older moons");
        test(view.name).setValue("older moons");
        test(view.rename).click();
        assertThat(view.message.getText()).startsWith("Not renamed: You already keep a model called \u201colder moons\u201d");
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly("the eight gaussians", "older moons");
    }

    @Test
    @WithMockUser(username = "mymodels-mia")
    void deletingAsksFirstAndKeepsTheModelUnlessConfirmed() {
        MyModelsView view = navigate(MyModelsView.class);
        test(view.delete).click();
        assertThat(view.confirm.getElement().getTextRecursively()).contains("for good?");
        test($(com.vaadin.flow.component.button.Button.class).id("model-delete-cancel")).click();
        assertThat(models.mine()).hasSize(2);
        assertThat(view.confirm.getChildren()).isEmpty();

        test(view.delete).click();
        test($(com.vaadin.flow.component.button.Button.class).id("model-delete-confirm")).click();
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly("older moons");
        assertThat(view.grid.getGenericDataView().getItems().map(SavedModel::name).toList()).containsExactly("older moons");
        assertThat(view.message.getText()).startsWith("Deleted \u201c");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        UI.getCurrent().navigate("my-models");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
