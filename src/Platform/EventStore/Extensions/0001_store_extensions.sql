-- What the product's store keeps beside Marten's event tables (mt_events, mt_streams): command results, subscription
-- checkpoints, snapshots, and the safe position subscribers read up to.

CREATE TABLE IF NOT EXISTS __schema__.commands (
    command_id  uuid PRIMARY KEY,
    result      json NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS __schema__.checkpoints (
    name        text PRIMARY KEY,
    position    bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS __schema__.snapshots (
    stream_id   text NOT NULL,
    version     bigint NOT NULL,
    state_type  text NOT NULL,
    data        json NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (stream_id, version)
);

-- The highest global position (mt_events.seq_id) below which no event can still appear: every transaction that may
-- hold a lower position has committed or rolled back. Appenders take a shared advisory lock keyed by the value of
-- mt_events_sequence they saw before drawing positions (the sequence has CACHE 1, so later draws are above it); the
-- lowest such key bounds what is safe. Read the sequence first, then the locks: a writer not yet visible in pg_locks
-- draws positions above the value read here.
CREATE OR REPLACE FUNCTION __schema__.safe_position(OUT safe bigint, OUT head bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_called boolean;
    v_in_flight bigint;
BEGIN
    SELECT q.last_value, q.is_called INTO head, v_called FROM __schema__.mt_events_sequence q;
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
