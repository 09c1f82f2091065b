CREATE TABLE events (
    id      INTEGER PRIMARY KEY,
    payload TEXT NOT NULL
);

CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    label    TEXT NOT NULL
);
