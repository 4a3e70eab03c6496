-- "Keep me signed in on this device": Spring Security's persistent remember-me tokens, one row
-- per device that ticked the box. The columns and their names are the ones Spring's
-- JdbcTokenRepositoryImpl reads and writes. A row holds no password: the series names the
-- device, the token is replaced on every use (a reused old token means the cookie was copied),
-- and last_used dates it, so a token unused for 30 days no longer signs anyone in.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
CREATE TABLE persistent_logins (
    username  VARCHAR(64)              NOT NULL,
    series    VARCHAR(64)              NOT NULL PRIMARY KEY,
    token     VARCHAR(64)              NOT NULL,
    last_used TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Sign-out, and an account's removal, delete all of its tokens by username.
CREATE INDEX ix_persistent_logins_username ON persistent_logins (username);

-- Role changes take turns through a lock on this row (SELECT ... FOR UPDATE), held until the
-- change commits: "keep at least one admin" is a rule across rows, and with several instances
-- on one database a lock inside one JVM no longer covers every change.
INSERT INTO app_info (name, info_value) VALUES ('role-changes', 'locked by each role change until it commits');
