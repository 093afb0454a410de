-- V12: unanswered questions an editor has dealt with (issue 8). The questions themselves are not
-- copied: they are read from where they are stored (a visitor's message in a conversation's
-- event log, a public post the listener stored as a mention), and each handled one is named here
-- by its reference, so it leaves the editor's list. Runs unchanged on H2 and PostgreSQL.
CREATE TABLE unanswered_handled (
    -- 'chat:<conversation id>:<sequence of the MessageReceived event>' or 'mention:<mention id>'
    ref        TEXT PRIMARY KEY,
    -- new_entry: a draft entry was made from it; added_to: added to an entry as an alternate
    -- phrasing; dismissed: not worth an entry
    action     TEXT NOT NULL,
    -- the entry made or added to (null when dismissed)
    entry_id   TEXT,
    handled_by TEXT NOT NULL,
    handled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT unanswered_handled_action_check CHECK (action IN ('new_entry', 'added_to', 'dismissed')),
    CONSTRAINT unanswered_handled_ref_check CHECK (ref LIKE 'chat:%' OR ref LIKE 'mention:%')
);

CREATE INDEX unanswered_handled_at ON unanswered_handled (handled_at);
