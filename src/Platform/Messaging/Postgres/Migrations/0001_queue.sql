-- The durable message queue: pending and in-flight messages, dead letters, and the ids of handled messages.

-- visible_at is when a worker may claim the message next: its delivery time, the end of a retry's backoff,
-- or, while a worker handles it, the end of that worker's lease (renewed while the worker is alive).
CREATE TABLE __schema__.messages (
    id             uuid PRIMARY KEY,
    queue          text NOT NULL,
    type           text NOT NULL,
    body           json NOT NULL,
    headers        json,
    correlation_id text,
    causation_id   text,
    enqueued_at    timestamptz NOT NULL,
    deliver_at     timestamptz NOT NULL,
    visible_at     timestamptz NOT NULL,
    attempts       int NOT NULL DEFAULT 0,
    lease          uuid,
    last_error     text
);
CREATE INDEX messages_due ON __schema__.messages (queue, visible_at);
CREATE INDEX messages_lease ON __schema__.messages (lease) WHERE lease IS NOT NULL;

CREATE TABLE __schema__.dead_letters (
    id                uuid PRIMARY KEY,
    queue             text NOT NULL,
    type              text NOT NULL,
    body              json NOT NULL,
    headers           json,
    correlation_id    text,
    causation_id      text,
    enqueued_at       timestamptz NOT NULL,
    deliver_at        timestamptz NOT NULL,
    attempts          int NOT NULL,
    exception_type    text NOT NULL,
    exception_message text NOT NULL,
    exception_stack   text NOT NULL,
    failed_at         timestamptz NOT NULL
);
CREATE INDEX dead_letters_queue ON __schema__.dead_letters (queue, failed_at);

-- Ids of messages handled recently: an enqueue of an id found here is ignored, so a redelivered
-- handler that sends the same (deterministic) follow-ups again does not cause them to run twice.
CREATE TABLE __schema__.handled_messages (
    id         uuid PRIMARY KEY,
    handled_at timestamptz NOT NULL
);
CREATE INDEX handled_messages_age ON __schema__.handled_messages (handled_at);
