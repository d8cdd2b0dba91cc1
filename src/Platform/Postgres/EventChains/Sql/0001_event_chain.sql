-- The hash chain of Marten's event streams (mt_events), kept inside every append's own transaction.
-- Each event carries, in its headers under "hash", the hex of
--   SHA-256(previous hash || int8(version) || int8(timestamp in µs since 1970) || len+stream || len+type || len+actor || len+data)
-- where len+x is x's UTF-8 byte length as int4 followed by its bytes, actor is user_name ('' when unset), data is the
-- stored jsonb's text, and the previous hash of version 1 is 32 zero bytes. EventHash in C# computes the same bytes.
CREATE OR REPLACE FUNCTION __schema__.ea_event_hash(
    p_previous bytea, p_stream text, p_version bigint, p_type text, p_timestamp timestamptz, p_actor text, p_data jsonb)
RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT sha256(p_previous || int8send(p_version) || int8send((extract(epoch FROM p_timestamp) * 1000000)::bigint)
        || int4send(octet_length(p_stream)) || convert_to(p_stream, 'UTF8')
        || int4send(octet_length(p_type)) || convert_to(p_type, 'UTF8')
        || int4send(octet_length(coalesce(p_actor, ''))) || convert_to(coalesce(p_actor, ''), 'UTF8')
        || int4send(octet_length(p_data::text)) || convert_to(p_data::text, 'UTF8'))
$$;

-- Runs for every event row inserted, whatever appends it (Marten's quick or rich append, a migration). An archived
-- stream takes no more events: EA410 with the message '<version> <stream id>'.
CREATE OR REPLACE FUNCTION __schema__.ea_chain_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_previous bytea;
    v_archived boolean;
BEGIN
    IF NEW.version = 1 THEN
        v_previous := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
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
    NEW.headers := CASE WHEN jsonb_typeof(NEW.headers) = 'object' THEN NEW.headers ELSE '{}'::jsonb END
        || jsonb_build_object('hash', encode(__schema__.ea_event_hash(
            v_previous, NEW.stream_id, NEW.version, NEW.type, NEW.timestamp, NEW.user_name, NEW.data), 'hex'));
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER ea_chain BEFORE INSERT ON __schema__.mt_events FOR EACH ROW EXECUTE FUNCTION __schema__.ea_chain_event();
