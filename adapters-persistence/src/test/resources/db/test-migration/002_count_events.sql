-- Several statements and a trigger in one file: the count must always equal the rows in events.
CREATE TABLE event_count (n INTEGER NOT NULL);
INSERT INTO event_count (n) VALUES (0);

CREATE TRIGGER events_counted AFTER INSERT ON events
BEGIN
    UPDATE event_count SET n = n + 1;
END;
