package org.diffusioncourse.models;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code trained_model} table, through plain SQL; every statement is for one owner. Not an
 * {@code OwnedTable}: a kept network belongs to an account, not to a lesson.
 */
@Repository
class ModelRepository {

    private static final String SUMMARY = "select id, name, dataset, process, target, weighting, width, layers, steps, "
            + "batch, learning_rate, training_set_size, class_conditional, label_dropout, seed, final_loss, created_at "
            + "from trained_model where user_id = :owner ";

    private final JdbcClient jdbc;

    ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the owner's account row until the transaction ends, so two keeps of one account
     * count its models one after the other (portable {@code select ... for update}).
     *
     * @return whether the account exists
     */
    boolean lockOwner(long owner) {
        return jdbc.sql("select id from app_user where id = :owner for update").param("owner", owner)
                .query(Long.class).optional().isPresent();
    }

    int count(long owner) {
        return jdbc.sql("select count(*) from trained_model where user_id = :owner").param("owner", owner)
                .query(Integer.class).single();
    }

    Optional<SavedModel> named(long owner, String name) {
        return jdbc.sql(SUMMARY + "and name = :name").param("owner", owner).param("name", name)
                .query(ModelRepository::row).optional();
    }

    /** Newest first, then by id so equal times keep a fixed order. */
    List<SavedModel> all(long owner) {
        return jdbc.sql(SUMMARY + "order by created_at desc, id desc").param("owner", owner)
                .query(ModelRepository::row).list();
    }

    Optional<SavedModel> find(long owner, long id) {
        return jdbc.sql(SUMMARY + "and id = :id").param("owner", owner).param("id", id)
                .query(ModelRepository::row).optional();
    }

    Optional<byte[]> checkpoint(long owner, long id) {
        return jdbc.sql("select checkpoint from trained_model where user_id = :owner and id = :id")
                .param("owner", owner).param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    void insert(long owner, String name, TrainedModel model, byte[] checkpoint, Instant now) {
        TrainingConfig c = model.config();
        jdbc.sql("insert into trained_model (user_id, name, dataset, process, target, weighting, width, layers, steps, "
                        + "batch, learning_rate, training_set_size, class_conditional, label_dropout, seed, final_loss, "
                        + "checkpoint, created_at) values (:owner, :name, :dataset, :process, :target, :weighting, :width, "
                        + ":layers, :steps, :batch, :lr, :n, :conditional, :dropout, :seed, :loss, :checkpoint, :now)")
                .param("owner", owner).param("name", name)
                .param("dataset", c.dataset().id()).param("process", c.process().id())
                .param("target", c.target().id()).param("weighting", c.weighting().id())
                .param("width", c.width()).param("layers", c.layers()).param("steps", c.steps())
                .param("batch", c.batch()).param("lr", c.learningRate()).param("n", c.trainingSetSize())
                .param("conditional", c.classConditional()).param("dropout", c.labelDropout()).param("seed", c.seed())
                .param("loss", model.finalLoss()).param("checkpoint", checkpoint)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean rename(long owner, long id, String name) {
        return jdbc.sql("update trained_model set name = :name where user_id = :owner and id = :id")
                .param("name", name).param("owner", owner).param("id", id).update() == 1;
    }

    boolean delete(long owner, long id) {
        return jdbc.sql("delete from trained_model where user_id = :owner and id = :id")
                .param("owner", owner).param("id", id).update() == 1;
    }

    private static SavedModel row(ResultSet rs, int n) throws SQLException {
        return new SavedModel(rs.getLong("id"), rs.getString("name"), rs.getString("dataset"), rs.getString("process"),
                rs.getString("target"), rs.getString("weighting"), rs.getInt("width"), rs.getInt("layers"),
                rs.getInt("steps"), rs.getInt("batch"), rs.getDouble("learning_rate"), rs.getInt("training_set_size"),
                rs.getBoolean("class_conditional"), rs.getDouble("label_dropout"), rs.getLong("seed"),
                rs.getDouble("final_loss"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
