-- V14: conversations whose status is in doubt after a crash. When H2 left a transaction
-- half-applied (CrashRecovery), a conversation's row can be behind its events: its event counter,
-- and with it the status and time its last turns set, since all three are in the one row. The
-- rebuild corrects the counter and the time, and lists the conversation here; the chat service,
-- which knows how events make a status, sets the status from the events and takes it off the
-- list when it starts. Runs unchanged on H2 and PostgreSQL (where nothing is ever listed).
CREATE TABLE conversation_status_review (
    conversation_id BIGINT PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE
);
