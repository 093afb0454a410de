-- V13: one row that PostgreSQL's group flush updates. Turns commit without waiting for the WAL to
-- reach the disk (synchronous_commit off); a writer thread then commits a change to this row
-- synchronously, which flushes the WAL up to it and so every commit before it, and only then are
-- those turns acknowledged (GroupCheckpoint). H2 keeps the row and never touches it.
CREATE TABLE durability_mark (
    id    INTEGER PRIMARY KEY,
    marks BIGINT NOT NULL
);

INSERT INTO durability_mark (id, marks) VALUES (1, 0);
