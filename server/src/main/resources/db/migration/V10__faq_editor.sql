-- V10: the FAQ editor (issue 8). Every change to an entry is a new row of faq_entry_version with
-- the entry's full content (JSON) and which version's content the bot serves after the change
-- (live_version, NULL: not served). faq_entry keeps the head and live versions and copies of the
-- head's editorial fields for listing. faq_index_push remembers every corpus handed to the bot's
-- index, so that at start an index that is merely behind (a crash before its background build)
-- is told apart from one changed by `faq import` on the command line. Runs unchanged on H2 and
-- PostgreSQL.
CREATE TABLE faq_entry (
    id           VARCHAR(200) PRIMARY KEY,
    head_version INT NOT NULL,
    live_version INT,
    language     VARCHAR(8) NOT NULL,
    category     TEXT,
    owner        TEXT,
    review_by    DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   TEXT NOT NULL
);

CREATE INDEX faq_entry_review_by ON faq_entry (review_by);

CREATE TABLE faq_entry_version (
    entry_id     VARCHAR(200) NOT NULL REFERENCES faq_entry (id) ON DELETE CASCADE,
    version      INT NOT NULL,
    author       TEXT NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(20) NOT NULL,
    content      TEXT NOT NULL,
    live_version INT,
    PRIMARY KEY (entry_id, version),
    CONSTRAINT faq_entry_version_action_check CHECK (action IN ('created', 'edited', 'published', 'withdrawn', 'reverted',
        'imported', 'phrasings_added'))
);

CREATE TABLE faq_index_push (
    corpus_hash VARCHAR(64) PRIMARY KEY,
    pushed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
