-- Dateline store, schema version 1.
CREATE TABLE articles (
    article_id   VARCHAR PRIMARY KEY,
    source_key   VARCHAR NOT NULL,      -- url, else the input name: a changed article keeps its key
    input        VARCHAR,
    title        VARCHAR,
    url          VARCHAR,
    published    VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL,
    superseded_by VARCHAR               -- history: the newer version of the same source, or NULL when current
);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    layer      VARCHAR NOT NULL,        -- place | date | actor
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text       VARCHAR,
    value      VARCHAR,                 -- resolved name, date value or actor name
    detail     VARCHAR                  -- the mention as JSON
);
CREATE TABLE events (
    event_id       VARCHAR NOT NULL,     -- unique by construction (the writer); no index, for fast appends
    article_id     VARCHAR NOT NULL,
    merged_id      VARCHAR NOT NULL,
    event_date     DATE,
    time_precision INTEGER,
    event_type     VARCHAR,
    sub_event_type VARCHAR,
    category       VARCHAR,
    plover         VARCHAR,
    plover_mode    VARCHAR,
    status         VARCHAR,
    actor1         VARCHAR,
    actor1_kind    VARCHAR,
    actor1_country VARCHAR,
    actor2         VARCHAR,
    actor2_kind    VARCHAR,
    actor2_country VARCHAR,
    assoc_actor_1  VARCHAR,
    assoc_actor_2  VARCHAR,
    location       VARCHAR,
    geonameid      BIGINT,
    latitude       DOUBLE,
    longitude      DOUBLE,
    country        VARCHAR,
    admin1         VARCHAR,
    admin2         VARCHAR,
    geo_precision  INTEGER,
    fatalities     INTEGER,
    injured        INTEGER,
    confidence     DOUBLE,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence       VARCHAR,
    deleted        BOOLEAN NOT NULL DEFAULT false
);
-- One row per real-world event: the merge of the article events that report it.
CREATE TABLE merged_events (
    merged_id      VARCHAR NOT NULL,     -- unique by construction (rebuilt as a set); no index
    event_date     DATE,
    time_precision INTEGER,
    event_type     VARCHAR,
    sub_event_type VARCHAR,
    category       VARCHAR,
    plover         VARCHAR,
    plover_mode    VARCHAR,
    status         VARCHAR,
    actor1         VARCHAR,
    actor1_kind    VARCHAR,
    actor1_country VARCHAR,
    actor2         VARCHAR,
    actor2_kind    VARCHAR,
    actor2_country VARCHAR,
    assoc_actor_1  VARCHAR,
    assoc_actor_2  VARCHAR,
    location       VARCHAR,
    geonameid      BIGINT,
    latitude       DOUBLE,
    longitude      DOUBLE,
    country        VARCHAR,
    admin1         VARCHAR,
    admin2         VARCHAR,
    geo_precision  INTEGER,
    fatalities     INTEGER,
    injured        INTEGER,
    confidence     DOUBLE,
    evidence       VARCHAR,
    source_count   INTEGER NOT NULL,
    updated_at     TIMESTAMP NOT NULL,
    deleted        BOOLEAN NOT NULL DEFAULT false
);
-- Why each event joined its merged event; undone rows stay for the record.
CREATE TABLE merge_log (
    merged_id VARCHAR NOT NULL,
    event_id  VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL,
    logged_at TIMESTAMP NOT NULL,
    undone    BOOLEAN NOT NULL DEFAULT false
);
-- Pairs an analyst separated: never merged again.
CREATE TABLE merge_blocks (
    event_a VARCHAR NOT NULL,
    event_b VARCHAR NOT NULL
);
CREATE TABLE deletions (
    merged_id  VARCHAR NOT NULL,
    deleted_at TIMESTAMP NOT NULL,
    reason     VARCHAR
);
CREATE TABLE corrections (
    merged_id  VARCHAR NOT NULL,
    field      VARCHAR NOT NULL,
    old_value  VARCHAR,
    new_value  VARCHAR,
    analyst    VARCHAR,
    corrected_at TIMESTAMP NOT NULL
);
CREATE TABLE api_tokens (
    token_sha256 VARCHAR PRIMARY KEY,
    created_at   TIMESTAMP NOT NULL
);
