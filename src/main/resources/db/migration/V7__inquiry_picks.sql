-- The Visual inquiry panel of a lesson page: which visible object a signed-in learner picked to
-- carry their first intuition, one pick per learner and lesson. The first pick is kept: it is a
-- commitment made before the page shows what each cue reveals, like a practice prediction, and
-- once it is made every reveal can be read anyway, so a later change would only blur the record.
-- option_id names an option of the lesson's inquiry block; the service refuses any other.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
CREATE TABLE inquiry_pick (
    user_id    BIGINT       NOT NULL,
    lesson_id  VARCHAR(80)  NOT NULL,
    option_id  VARCHAR(80)  NOT NULL,
    picked_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_inquiry_pick PRIMARY KEY (user_id, lesson_id),
    CONSTRAINT fk_inquiry_pick_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
