-- The chain trigger without an index lookup for each event of an append. Marten's quick append inserts a stream's
-- events one row at a time in version order, so the trigger keeps the hash it just computed, with the event's table,
-- version and stream, in a transaction-local setting ('<hash as 64 hex digits><table oid> <version> <stream>'), and the
-- stream's next event takes its previous hash from there. Any other row (the first of an append, another stream, an
-- insert by other means) looks the previous event up as before, with the archived and missing checks. The setting ends
-- with the transaction, and a subtransaction that rolls back rolls it back too, so what it holds is always the hash of
-- a row this transaction inserted (and Marten refuses appends to archived streams itself). The hashes are unchanged
-- (ea_event_hash), and so is everything else 0001 does.
CREATE OR REPLACE FUNCTION __schema__.ea_chain_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_previous bytea;
    v_archived boolean;
    v_hash text;
    v_kept text;
BEGIN
    IF NEW.version = 1 THEN
        v_previous := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    ELSE
        v_kept := current_setting('eventagents.chain_head', true);
        IF substr(v_kept, 65) = TG_RELID::text || ' ' || (NEW.version - 1) || ' ' || NEW.stream_id THEN
            v_previous := decode(left(v_kept, 64), 'hex');
        ELSE
            SELECT decode(e.headers ->> 'hash', 'hex'), e.is_archived INTO v_previous, v_archived
            FROM __schema__.mt_events e WHERE e.stream_id = NEW.stream_id AND e.version = NEW.version - 1;
            IF v_archived THEN
                RAISE EXCEPTION USING ERRCODE = 'EA410', MESSAGE = (NEW.version - 1)::text || ' ' || NEW.stream_id;
            END IF;
            IF v_previous IS NULL THEN
                RAISE EXCEPTION USING ERRCODE = 'EA411',
                    MESSAGE = 'Event ' || NEW.stream_id || '@' || (NEW.version - 1) || ' is missing or has no hash: the chain cannot continue.';
            END IF;
        END IF;
    END IF;
    v_hash := encode(__schema__.ea_event_hash(v_previous, NEW.stream_id, NEW.version, NEW.type, NEW.timestamp, NEW.user_name, NEW.data), 'hex');
    v_kept := set_config('eventagents.chain_head', v_hash || TG_RELID::text || ' ' || NEW.version || ' ' || NEW.stream_id, true);
    NEW.headers := CASE WHEN jsonb_typeof(NEW.headers) = 'object' THEN NEW.headers ELSE '{}'::jsonb END
        || jsonb_build_object('hash', v_hash);
    RETURN NEW;
END
$$;
