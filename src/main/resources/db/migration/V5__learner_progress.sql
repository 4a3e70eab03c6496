-- Where each signed-in learner last was: one row per account, the lesson they last opened or
-- whose demo they last moved, and that demo's state as the page's own query string (so the
-- home page can link straight back to the same figure). Written at most once every few
-- seconds per learner, off the request thread. Numbered 6, not 5, so it cannot clash with a
-- V5 written on another branch at the same time.
CREATE TABLE learner_progress (
    user_id    BIGINT        NOT NULL,
    lesson_id  VARCHAR(80)   NOT NULL,
    demo_query VARCHAR(1000) DEFAULT '' NOT NULL,
    touched_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_learner_progress PRIMARY KEY (user_id),
    CONSTRAINT fk_learner_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
