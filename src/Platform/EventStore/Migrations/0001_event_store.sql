-- The event store: streams, events, command results, subscription checkpoints and snapshots.

-- CACHE 1 matters: the safe-position rule (safe_position below) relies on every value handed out
-- after a read of last_value being at least that value, which per-backend caches would break.
CREATE SEQUENCE __schema__.events_seq AS bigint START 1 CACHE 1;

CREATE TABLE __schema__.streams (
    stream_id   text PRIMARY KEY,
    version     bigint NOT NULL,
    last_hash   bytea NOT NULL,
    archived    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- data and metadata are json, not jsonb: json keeps the exact bytes that were hashed.
CREATE TABLE __schema__.events (
    seq         bigint PRIMARY KEY DEFAULT nextval('__schema__.events_seq'),
    stream_id   text NOT NULL,
    version     bigint NOT NULL,
    event_id    uuid NOT NULL,
    type        text NOT NULL,
    data        json NOT NULL,
    metadata    json NOT NULL,
    created_at  timestamptz NOT NULL,
    hash        bytea NOT NULL,
    CONSTRAINT events_stream_version UNIQUE (stream_id, version)
);
ALTER SEQUENCE __schema__.events_seq OWNED BY __schema__.events.seq;

CREATE TABLE __schema__.commands (
    command_id  uuid PRIMARY KEY,
    result      json NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE __schema__.checkpoints (
    name        text PRIMARY KEY,
    position    bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE __schema__.snapshots (
    stream_id   text NOT NULL,
    version     bigint NOT NULL,
    state_type  text NOT NULL,
    data        json NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (stream_id, version)
);

-- Appends events to one stream: checks the expected version (-1 any, 0 no stream, n exact),
-- chains each event's hash to the previous one, and records the command when asked.
-- A refused append raises EA409 (version conflict) or EA410 (archived) with the message
-- '<actual version> <stream id>' (error details are redacted by clients, messages are not).
-- p_digests are SHA-256 digests of each event's content computed by the client; the chain is
--   hash(n) = sha256(hash(n-1) || int8(version n) || digest(n)), hash(0) = 32 zero bytes.
-- A client that knows the stream's head (p_known_version, p_known_hash) sends the chained hashes too
-- (p_hashes); they are used only when that head is still the stream's head, else the chain is computed here.
CREATE FUNCTION __schema__.append_stream(
    p_stream text, p_expected bigint, p_command uuid, p_record_command boolean,
    p_ids uuid[], p_types text[], p_data json[], p_meta json[], p_times timestamptz[], p_digests bytea[],
    p_known_version bigint, p_known_hash bytea, p_hashes bytea[],
    OUT duplicate json, OUT first_version bigint, OUT positions bigint[], OUT last_hash bytea)
LANGUAGE plpgsql AS $$
DECLARE
    v_count int := cardinality(p_ids);
    v_version bigint;
    v_hash bytea;
    v_archived boolean;
    v_hashes bytea[];
    v_digest bytea;
    v_appended boolean := false;
BEGIN
    IF p_command IS NOT NULL THEN
        SELECT c.result INTO duplicate FROM __schema__.commands c WHERE c.command_id = p_command;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;

    -- Fast path: the client's view of the head is current, so its chained hashes are right. One statement
    -- checks the head, moves it and marks this transaction in flight (see safe_position).
    IF p_known_version >= 0 AND (p_expected < 0 OR p_expected = p_known_version) THEN
        UPDATE __schema__.streams s
        SET version = p_known_version + v_count, last_hash = p_hashes[v_count], updated_at = now()
        WHERE s.stream_id = p_stream AND s.version = p_known_version AND s.last_hash = p_known_hash AND NOT s.archived
        RETURNING pg_advisory_xact_lock_shared((SELECT q.last_value FROM __schema__.events_seq q)) IS NULL INTO v_archived;
        IF FOUND THEN
            v_appended := true;
            first_version := p_known_version + 1;
            v_hashes := p_hashes;
            last_hash := p_hashes[v_count];
        END IF;
    END IF;

    IF NOT v_appended THEN
        SELECT s.version, s.last_hash, s.archived INTO v_version, v_hash, v_archived
        FROM __schema__.streams s WHERE s.stream_id = p_stream FOR UPDATE;
        IF NOT FOUND THEN
            IF p_expected > 0 THEN
                RAISE EXCEPTION USING ERRCODE = 'EA409', MESSAGE = '0 ' || p_stream;
            END IF;
            INSERT INTO __schema__.streams (stream_id, version, last_hash) VALUES (p_stream, 0, '\x0000000000000000000000000000000000000000000000000000000000000000')
            ON CONFLICT DO NOTHING;
            SELECT s.version, s.last_hash, s.archived INTO v_version, v_hash, v_archived
            FROM __schema__.streams s WHERE s.stream_id = p_stream FOR UPDATE;
        END IF;

        IF v_archived THEN
            RAISE EXCEPTION USING ERRCODE = 'EA410', MESSAGE = v_version::text || ' ' || p_stream;
        END IF;
        IF p_expected >= 0 AND v_version <> p_expected THEN
            RAISE EXCEPTION USING ERRCODE = 'EA409', MESSAGE = v_version::text || ' ' || p_stream;
        END IF;

        first_version := v_version + 1;
        IF p_known_version = v_version AND p_known_hash = v_hash THEN
            v_hashes := p_hashes;
        ELSE
            v_hashes := '{}';
            FOREACH v_digest IN ARRAY p_digests LOOP
                v_version := v_version + 1;
                v_hash := sha256(v_hash || int8send(v_version) || v_digest);
                v_hashes := v_hashes || v_hash;
            END LOOP;
        END IF;
        last_hash := v_hashes[v_count];

        UPDATE __schema__.streams s SET version = first_version + v_count - 1, last_hash = append_stream.last_hash, updated_at = now()
        WHERE s.stream_id = p_stream
        RETURNING pg_advisory_xact_lock_shared((SELECT q.last_value FROM __schema__.events_seq q)) IS NULL INTO v_archived;
    END IF;

    -- Positions are drawn only now, after the in-flight mark above.
    IF v_count = 1 THEN
        INSERT INTO __schema__.events (stream_id, version, event_id, type, data, metadata, created_at, hash)
        VALUES (p_stream, first_version, p_ids[1], p_types[1], p_data[1], p_meta[1], p_times[1], v_hashes[1])
        RETURNING ARRAY[seq] INTO positions;
    ELSE
        WITH inserted AS (
            INSERT INTO __schema__.events (stream_id, version, event_id, type, data, metadata, created_at, hash)
            SELECT p_stream, first_version + u.ord - 1, u.id, u.type, u.data, u.meta, u.at, u.hash
            FROM unnest(p_ids, p_types, p_data, p_meta, p_times, v_hashes) WITH ORDINALITY AS u(id, type, data, meta, at, hash, ord)
            RETURNING seq, version)
        SELECT array_agg(i.seq ORDER BY i.version) INTO positions FROM inserted i;
    END IF;

    IF p_record_command AND p_command IS NOT NULL THEN
        INSERT INTO __schema__.commands (command_id, result)
        VALUES (p_command, json_build_array(json_build_object('stream', p_stream, 'firstVersion', first_version, 'positions', positions)));
    END IF;
END
$$;

-- The highest global position below which no event can still appear: every transaction that may
-- hold a lower position has committed or rolled back. Appenders hold a shared advisory lock keyed by
-- the sequence value they saw before drawing positions; the lowest such key bounds what is safe.
-- Read the sequence first, then the locks: a writer not yet visible in pg_locks draws positions
-- above the value read here. head is the highest position handed out so far; safe < head means
-- some positions are still in flight (or were rolled back), so a reader should look again soon.
CREATE FUNCTION __schema__.safe_position(OUT safe bigint, OUT head bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_called boolean;
    v_in_flight bigint;
BEGIN
    SELECT q.last_value, q.is_called INTO head, v_called FROM __schema__.events_seq q;
    IF NOT v_called THEN
        head := head - 1;
    END IF;
    SELECT min((l.classid::bigint << 32) | l.objid::bigint) INTO v_in_flight
    FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.objsubid = 1
      AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database());
    safe := CASE WHEN v_in_flight IS NOT NULL AND v_in_flight - 1 < head THEN v_in_flight - 1 ELSE head END;
END
$$;
