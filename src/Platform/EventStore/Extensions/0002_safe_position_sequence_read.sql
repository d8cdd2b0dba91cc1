-- safe_position as in 0001, but reading the sequence with pg_sequence_last_value, as appenders do for their lock keys
-- (see MarkInFlight). A plain SELECT from the sequence reads its page without the buffer lock that nextval holds while
-- it writes a value ahead of the last one into the page for its WAL record; such a read can return a value up to 32
-- above the last position drawn, and a head or a lock key read too high lets subscribers pass positions that are drawn
-- and committed later. pg_sequence_last_value takes the buffer lock, and returns NULL before the first draw.
CREATE OR REPLACE FUNCTION __schema__.safe_position(OUT safe bigint, OUT head bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_in_flight bigint;
BEGIN
    head := coalesce(pg_sequence_last_value('__schema__.mt_events_sequence'::regclass), 0);
    SELECT min((l.classid::bigint << 32) | l.objid::bigint) INTO v_in_flight
    FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.objsubid = 1
      AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database());
    safe := CASE WHEN v_in_flight IS NOT NULL AND v_in_flight - 1 < head THEN v_in_flight - 1 ELSE head END;
END
$$;
