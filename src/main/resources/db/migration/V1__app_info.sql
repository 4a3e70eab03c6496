-- Facts about this installation's database. Later migrations add the learners' drafts,
-- predictions and claim reviews; Flyway is the only thing that changes the schema.
CREATE TABLE app_info (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    info_value VARCHAR(400) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO app_info (name, info_value) VALUES ('schema-created-at', CAST(CURRENT_TIMESTAMP AS VARCHAR(64)));
