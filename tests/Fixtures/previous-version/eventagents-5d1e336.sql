--
-- PostgreSQL database dump
--

\restrict eventagents5d1e336

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: eventagents; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA eventagents;


--
-- Name: eventagents_queue; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA eventagents_queue;


--
-- Name: append_stream(text, bigint, uuid, boolean, uuid[], text[], json[], json[], timestamp with time zone[], bytea[], bigint, bytea, bytea[]); Type: FUNCTION; Schema: eventagents; Owner: -
--

CREATE FUNCTION eventagents.append_stream(p_stream text, p_expected bigint, p_command uuid, p_record_command boolean, p_ids uuid[], p_types text[], p_data json[], p_meta json[], p_times timestamp with time zone[], p_digests bytea[], p_known_version bigint, p_known_hash bytea, p_hashes bytea[], OUT duplicate json, OUT first_version bigint, OUT positions bigint[], OUT last_hash bytea) RETURNS record
    LANGUAGE plpgsql
    AS $$
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
        SELECT c.result INTO duplicate FROM "eventagents".commands c WHERE c.command_id = p_command;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;

    -- Fast path: the client's view of the head is current, so its chained hashes are right. One statement
    -- checks the head, moves it and marks this transaction in flight (see safe_position).
    IF p_known_version >= 0 AND (p_expected < 0 OR p_expected = p_known_version) THEN
        UPDATE "eventagents".streams s
        SET version = p_known_version + v_count, last_hash = p_hashes[v_count], updated_at = now()
        WHERE s.stream_id = p_stream AND s.version = p_known_version AND s.last_hash = p_known_hash AND NOT s.archived
        RETURNING pg_advisory_xact_lock_shared((SELECT q.last_value FROM "eventagents".events_seq q)) IS NULL INTO v_archived;
        IF FOUND THEN
            v_appended := true;
            first_version := p_known_version + 1;
            v_hashes := p_hashes;
            last_hash := p_hashes[v_count];
        END IF;
    END IF;

    IF NOT v_appended THEN
        SELECT s.version, s.last_hash, s.archived INTO v_version, v_hash, v_archived
        FROM "eventagents".streams s WHERE s.stream_id = p_stream FOR UPDATE;
        IF NOT FOUND THEN
            IF p_expected > 0 THEN
                RAISE EXCEPTION USING ERRCODE = 'EA409', MESSAGE = '0 ' || p_stream;
            END IF;
            INSERT INTO "eventagents".streams (stream_id, version, last_hash) VALUES (p_stream, 0, '\x0000000000000000000000000000000000000000000000000000000000000000')
            ON CONFLICT DO NOTHING;
            SELECT s.version, s.last_hash, s.archived INTO v_version, v_hash, v_archived
            FROM "eventagents".streams s WHERE s.stream_id = p_stream FOR UPDATE;
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

        UPDATE "eventagents".streams s SET version = first_version + v_count - 1, last_hash = append_stream.last_hash, updated_at = now()
        WHERE s.stream_id = p_stream
        RETURNING pg_advisory_xact_lock_shared((SELECT q.last_value FROM "eventagents".events_seq q)) IS NULL INTO v_archived;
    END IF;

    -- Positions are drawn only now, after the in-flight mark above.
    IF v_count = 1 THEN
        INSERT INTO "eventagents".events (stream_id, version, event_id, type, data, metadata, created_at, hash)
        VALUES (p_stream, first_version, p_ids[1], p_types[1], p_data[1], p_meta[1], p_times[1], v_hashes[1])
        RETURNING ARRAY[seq] INTO positions;
    ELSE
        WITH inserted AS (
            INSERT INTO "eventagents".events (stream_id, version, event_id, type, data, metadata, created_at, hash)
            SELECT p_stream, first_version + u.ord - 1, u.id, u.type, u.data, u.meta, u.at, u.hash
            FROM unnest(p_ids, p_types, p_data, p_meta, p_times, v_hashes) WITH ORDINALITY AS u(id, type, data, meta, at, hash, ord)
            RETURNING seq, version)
        SELECT array_agg(i.seq ORDER BY i.version) INTO positions FROM inserted i;
    END IF;

    IF p_record_command AND p_command IS NOT NULL THEN
        INSERT INTO "eventagents".commands (command_id, result)
        VALUES (p_command, json_build_array(json_build_object('stream', p_stream, 'firstVersion', first_version, 'positions', positions)));
    END IF;
END
$$;


--
-- Name: safe_position(); Type: FUNCTION; Schema: eventagents; Owner: -
--

CREATE FUNCTION eventagents.safe_position(OUT safe bigint, OUT head bigint) RETURNS record
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_called boolean;
    v_in_flight bigint;
BEGIN
    SELECT q.last_value, q.is_called INTO head, v_called FROM "eventagents".events_seq q;
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


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_keys; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.api_keys (
    key_id text NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    hash bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: checkpoints; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.checkpoints (
    name text NOT NULL,
    "position" bigint NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: commands; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.commands (
    command_id uuid NOT NULL,
    result json NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.events (
    seq bigint NOT NULL,
    stream_id text NOT NULL,
    version bigint NOT NULL,
    event_id uuid NOT NULL,
    type text NOT NULL,
    data json NOT NULL,
    metadata json NOT NULL,
    created_at timestamp with time zone NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: events_seq; Type: SEQUENCE; Schema: eventagents; Owner: -
--

CREATE SEQUENCE eventagents.events_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_seq; Type: SEQUENCE OWNED BY; Schema: eventagents; Owner: -
--

ALTER SEQUENCE eventagents.events_seq OWNED BY eventagents.events.seq;


--
-- Name: rm_agents; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_agents (
    agent_id text NOT NULL,
    seq bigint NOT NULL,
    name text NOT NULL,
    persona text NOT NULL,
    model text NOT NULL,
    tools text[] NOT NULL,
    pulse_seconds bigint,
    board_id text,
    columns text[] NOT NULL,
    retired boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: rm_board_columns; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_board_columns (
    board_id text NOT NULL,
    status text NOT NULL,
    ordinal integer NOT NULL,
    name text NOT NULL,
    wip_limit integer
);


--
-- Name: rm_boards; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_boards (
    board_id text NOT NULL,
    seq bigint NOT NULL,
    project_id text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: rm_chat_messages; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_chat_messages (
    session_id text NOT NULL,
    message_id text NOT NULL,
    seq bigint NOT NULL,
    author text NOT NULL,
    author_id text NOT NULL,
    text text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: rm_chat_sessions; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_chat_sessions (
    session_id text NOT NULL,
    seq bigint NOT NULL,
    agent_id text NOT NULL,
    user_id text NOT NULL,
    project_id text,
    ended boolean NOT NULL,
    ended_by text,
    message_count integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint DEFAULT 0 NOT NULL
);


--
-- Name: rm_pipeline_versions; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_pipeline_versions (
    pipeline_id text NOT NULL,
    number integer NOT NULL,
    name text NOT NULL,
    source text NOT NULL,
    step_ids text[] NOT NULL,
    defined_by text NOT NULL,
    defined_at timestamp with time zone NOT NULL
);


--
-- Name: rm_pipelines; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_pipelines (
    pipeline_id text NOT NULL,
    seq bigint NOT NULL,
    latest_version integer NOT NULL,
    name text NOT NULL,
    description text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: rm_projects; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_projects (
    project_id text NOT NULL,
    seq bigint NOT NULL,
    name text NOT NULL,
    repository text NOT NULL,
    default_branch text NOT NULL,
    board_id text,
    archived boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: rm_run_steps; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_run_steps (
    run_id text NOT NULL,
    step_id text NOT NULL,
    seq bigint NOT NULL,
    status text NOT NULL,
    attempt integer NOT NULL,
    iteration integer NOT NULL,
    retries integer NOT NULL,
    item text,
    queued_at timestamp with time zone,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    due_at timestamp with time zone,
    result text,
    output text,
    tokens integer NOT NULL,
    cost_usd numeric NOT NULL,
    reason text,
    version bigint NOT NULL,
    question_id text,
    question_text text,
    question_asked_at timestamp with time zone
);


--
-- Name: rm_runs; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_runs (
    run_id text NOT NULL,
    seq bigint NOT NULL,
    project_id text NOT NULL,
    pipeline_id text NOT NULL,
    pipeline_version integer NOT NULL,
    status text NOT NULL,
    requested_by text NOT NULL,
    inputs jsonb NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    current_step text,
    reason text,
    version bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    task_board_id text,
    task_id text,
    agent_id text
);


--
-- Name: rm_step_questions; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_step_questions (
    run_id text NOT NULL,
    step_id text NOT NULL,
    attempt integer NOT NULL,
    question_id text NOT NULL,
    seq bigint NOT NULL,
    text text NOT NULL,
    asked_at timestamp with time zone NOT NULL,
    answer text,
    answered_by text,
    answered_at timestamp with time zone
);


--
-- Name: rm_step_tool_calls; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_step_tool_calls (
    run_id text NOT NULL,
    step_id text NOT NULL,
    attempt integer NOT NULL,
    sequence integer NOT NULL,
    seq bigint NOT NULL,
    tool text NOT NULL,
    arguments text NOT NULL,
    result text NOT NULL,
    is_error boolean NOT NULL,
    duration_ms bigint NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: rm_tasks; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.rm_tasks (
    board_id text NOT NULL,
    task_id text NOT NULL,
    seq bigint NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    status text NOT NULL,
    assignee text,
    branch text,
    pr_number integer,
    pr_url text,
    depends_on text[] NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.schema_migrations (
    module text NOT NULL,
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: snapshots; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.snapshots (
    stream_id text NOT NULL,
    version bigint NOT NULL,
    state_type text NOT NULL,
    data json NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: streams; Type: TABLE; Schema: eventagents; Owner: -
--

CREATE TABLE eventagents.streams (
    stream_id text NOT NULL,
    version bigint NOT NULL,
    last_hash bytea NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: dead_letters; Type: TABLE; Schema: eventagents_queue; Owner: -
--

CREATE TABLE eventagents_queue.dead_letters (
    id uuid NOT NULL,
    queue text NOT NULL,
    type text NOT NULL,
    body json NOT NULL,
    headers json,
    correlation_id text,
    causation_id text,
    enqueued_at timestamp with time zone NOT NULL,
    deliver_at timestamp with time zone NOT NULL,
    attempts integer NOT NULL,
    exception_type text NOT NULL,
    exception_message text NOT NULL,
    exception_stack text NOT NULL,
    failed_at timestamp with time zone NOT NULL
);


--
-- Name: handled_messages; Type: TABLE; Schema: eventagents_queue; Owner: -
--

CREATE TABLE eventagents_queue.handled_messages (
    id uuid NOT NULL,
    handled_at timestamp with time zone NOT NULL
);


--
-- Name: messages; Type: TABLE; Schema: eventagents_queue; Owner: -
--

CREATE TABLE eventagents_queue.messages (
    id uuid NOT NULL,
    queue text NOT NULL,
    type text NOT NULL,
    body json NOT NULL,
    headers json,
    correlation_id text,
    causation_id text,
    enqueued_at timestamp with time zone NOT NULL,
    deliver_at timestamp with time zone NOT NULL,
    visible_at timestamp with time zone NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    lease uuid,
    last_error text
);


--
-- Name: schema_migrations; Type: TABLE; Schema: eventagents_queue; Owner: -
--

CREATE TABLE eventagents_queue.schema_migrations (
    module text NOT NULL,
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: events seq; Type: DEFAULT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.events ALTER COLUMN seq SET DEFAULT nextval('eventagents.events_seq'::regclass);


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.api_keys (key_id, name, role, hash, created_at, revoked_at) FROM stdin;
f6135e45b351	local-admin	Admin	\\x217879ae80660792f8b33d3429b14d36a5dbe336a204e181c4147e28098672c0	2026-12-07 22:17:45.272405+00	\N
\.


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.checkpoints (name, "position", updated_at) FROM stdin;
read-model.chats	61	2026-12-07 22:18:13.440214+00
board-work	61	2026-12-07 22:18:13.487361+00
read-model.catalog	61	2026-12-07 22:18:13.420562+00
chat-replies	61	2026-12-07 22:18:13.489589+00
engine	61	2026-12-07 22:18:13.482708+00
read-model.boards	61	2026-12-07 22:17:48.288897+00
read-model.runs	61	2026-12-07 22:18:13.442331+00
\.


--
-- Data for Name: commands; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.commands (command_id, result, recorded_at) FROM stdin;
dfb3253f-7412-80cd-b66b-62be5a50f02d	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 4, "positions" : [24]}]	2026-12-07 22:17:45.688744+00
83ee9a7e-5d32-4629-9eb2-bb5db81a6400	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 5, "positions" : [25]}]	2026-12-07 22:17:46.251622+00
d729b46d-c3e9-4dcf-88b3-b9e0fa7807b6	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 6, "positions" : [26]}]	2026-12-07 22:17:46.305332+00
83e400a9-7813-444c-b64f-684723aeab5d	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 7, "positions" : [27]}]	2026-12-07 22:17:46.325215+00
350c24d1-4f74-497c-9cc1-ebaf8c3d558b	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 8, "positions" : [28]}]	2026-12-07 22:17:46.337264+00
a2bbaeea-88ad-461b-9c47-92daa611b211	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 9, "positions" : [29,30,31,32]}]	2026-12-07 22:17:46.389509+00
e3c6ce22-99ee-4e9c-b413-49ce17523ced	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 13, "positions" : [33]}]	2026-12-07 22:17:46.694226+00
a5c758e4-1d4b-4704-9aa8-924171340715	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 14, "positions" : [34]}]	2026-12-07 22:17:46.755747+00
ffa0c738-1b22-461d-9d61-cbadf329c9b0	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 15, "positions" : [35]}]	2026-12-07 22:17:46.79434+00
f76fd0b6-e0b3-40e3-8d33-b1cc2d2c1228	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 16, "positions" : [36]}]	2026-12-07 22:17:46.823195+00
65c3096d-2ebb-4017-96eb-0446b3e56df7	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 17, "positions" : [37,38,39,40]}]	2026-12-07 22:17:46.847266+00
4bdf3972-35ee-48e1-8c61-07fae26f01e9	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 21, "positions" : [41,42,43,44]}]	2026-12-07 22:17:47.131304+00
c511e5b7-68e1-4e6f-80f2-5af54e87e7c4	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 25, "positions" : [45]}]	2026-12-07 22:17:47.48747+00
ad87e9e8-b970-40bb-839e-e61121039d0a	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 26, "positions" : [46]}]	2026-12-07 22:17:47.533091+00
f379c459-7f37-42e5-820b-8049dfd39fde	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 27, "positions" : [47]}]	2026-12-07 22:17:47.556688+00
bd1c41d4-84e4-457f-b409-e80dfad5a19d	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 28, "positions" : [48]}]	2026-12-07 22:17:47.567256+00
c4338d9f-5cc5-4f5e-931a-d88b2019c7c1	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 29, "positions" : [49,50,51]}]	2026-12-07 22:17:47.59085+00
afaae913-8527-445e-8e10-19e735d84fd8	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 32, "positions" : [52,53,54]}]	2026-12-07 22:17:47.870391+00
cd906f43-dbab-49c9-9cda-1621f4a54abf	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 35, "positions" : [55]}]	2026-12-07 22:17:48.190407+00
f36784f3-a07b-4f54-be73-9b7fbea81085	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 36, "positions" : [56]}]	2026-12-07 22:17:48.226657+00
52ae4eb5-98c9-425f-bbae-423d26945781	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 37, "positions" : [57]}]	2026-12-07 22:17:48.249333+00
e085ab83-e04f-468a-993a-7177103fa630	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 38, "positions" : [58]}]	2026-12-07 22:17:48.263545+00
f8bdb60c-3361-4540-8fd3-d2e302a7a74d	[{"stream" : "run-01a2529598d47e4583aafc438cd2ba53", "firstVersion" : 39, "positions" : [59,60,61]}]	2026-12-07 22:17:48.28129+00
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.events (seq, stream_id, version, event_id, type, data, metadata, created_at, hash) FROM stdin;
1	project-sample	1	01a25295-7221-77c3-be93-5a03a98538f9	project.created.v1	{"projectId":"sample","name":"Sample project","repository":"/tmp/fixture-home/sample-repo","defaultBranch":"main","at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample","actor":"seed-sample"}	2026-12-07 22:17:35.521571+00	\\x5053445adc143909c8f18bc7a22efb814c79d6e89634dc78c5d1077158e8efd6
2	board-sample-board	1	01a25295-739c-7c76-b0d2-b7c8aaf76b9a	board.created.v1	{"boardId":"sample-board","projectId":"sample","name":"Sample board","columns":[{"status":"Backlog","name":"Backlog","wipLimit":null},{"status":"Ready","name":"Ready","wipLimit":null},{"status":"Claimed","name":"Claimed","wipLimit":null},{"status":"InProgress","name":"In progress","wipLimit":null},{"status":"Review","name":"Review","wipLimit":null},{"status":"Done","name":"Done","wipLimit":null},{"status":"Failed","name":"Failed","wipLimit":null},{"status":"Blocked","name":"Blocked","wipLimit":null}],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:35.900178+00	\\xe2fbf72930ab21217fc85f30a817e9067a81fd5b2ad4f8ac4403912e53474a02
3	board-sample-board	2	01a25295-739c-77b3-aa88-860542318d20	board.wip-limit-set.v1	{"boardId":"sample-board","status":"InProgress","limit":2,"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:35.900178+00	\\x51826bdaad36ebb7092667085ba5f213cf7292823eda36c15ca79a04f3225b0c
4	board-sample-board	3	01a25295-739c-78d2-8384-7b0ec76832f1	board.wip-limit-set.v1	{"boardId":"sample-board","status":"Review","limit":1,"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:35.900178+00	\\x32435adadd16f0a49f38c797ce0b081b9f1ebf2d54926e6e0b9808c62f567ad3
5	project-sample	2	01a25295-7413-7ade-84d0-f7db89c0c768	project.board-linked.v1	{"projectId":"sample","boardId":"sample-board","at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample","actor":"seed-sample"}	2026-12-07 22:17:36.019937+00	\\xbc4e2e9a85bd50e4b40e2bea09b229586859c0c8979393abc1e16253d27dc48b
6	agent-architect	1	01a25295-7421-7fc2-aef3-409b9cabb6f1	agent.created.v1	{"agentId":"architect","name":"Architect","persona":"Splits goals into small, testable tasks and writes the plan down.","model":"scripted/sample","tools":["read_file","run_command","write_file"],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"architect","actor":"seed-sample"}	2026-12-07 22:17:36.033034+00	\\x72c404105ae6f320b90b6ab678d1a3ece4b8f7f02d2f335e229eeddf436e13da
7	agent-engineer	1	01a25295-7429-7e36-8a85-6eb3c7d56610	agent.created.v1	{"agentId":"engineer","name":"Engineer","persona":"Implements one task at a time with tests, on the task\\u0027s branch.","model":"scripted/sample","tools":["read_file","run_command","write_file"],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"engineer","actor":"seed-sample"}	2026-12-07 22:17:36.041225+00	\\xb47d80e4f5c2deea4d1b2d7e9ea82c0ebf817812d765bd8ab4abc11015c059e1
8	agent-reviewer	1	01a25295-7432-754e-9c51-1e0bc426a1ea	agent.created.v1	{"agentId":"reviewer","name":"Reviewer","persona":"Reads every change for correctness and clarity before it merges.","model":"scripted/sample","tools":["read_file","run_command","write_file"],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"reviewer","actor":"seed-sample"}	2026-12-07 22:17:36.050728+00	\\xc644e4e3b1828b38828648ea0c29d5c9ea59c98348d2726b7666e46695eb7ce1
9	board-sample-board	4	01a25295-743e-79a2-baa0-0d5857c75541	task.created.v1	{"boardId":"sample-board","taskId":"greeting","title":"Print a greeting","description":"Sample task: Print a greeting.","dependsOn":[],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.062651+00	\\xcb294863f04acf56db5f3ce48cedc8a875ccf05eebffd4fc7a55e2f412d7af55
10	board-sample-board	5	01a25295-7449-7d6f-92a6-991608e0da61	task.created.v1	{"boardId":"sample-board","taskId":"docs","title":"Document the command line","description":"Sample task: Document the command line.","dependsOn":[],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.073318+00	\\xa849b7a0cdad4f58ca3cdface035162a89e8d52be8c1b3c144682ba065d50234
11	board-sample-board	6	01a25295-744f-764e-9cb0-9e36316118e8	task.created.v1	{"boardId":"sample-board","taskId":"tests","title":"Add a smoke test","description":"Sample task: Add a smoke test.","dependsOn":[],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.079483+00	\\xf73beab322525812e17e877098c2c49fb286f37797e4a6795200f2b00fb26f09
12	board-sample-board	7	01a25295-7457-76c7-a144-f41bc6316f97	task.created.v1	{"boardId":"sample-board","taskId":"release","title":"Tag the first release","description":"Sample task: Tag the first release.","dependsOn":[],"at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.087127+00	\\xac5d8cf5838916d534c0ba00f38620a5e36725732ec049b015cb2f3ed79c9d8d
13	board-sample-board	8	01a25295-746c-75d2-be1e-baeb483b9e06	task.moved.v1	{"boardId":"sample-board","taskId":"greeting","from":"Backlog","to":"Ready","movedBy":"seed-sample","reason":null,"at":"2026-12-07T22:17:36.0970139+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.108146+00	\\x2f8908237e4a36dfc44bdbba5fa554d198044c431a5fe2887d026c46e6b90eb8
14	board-sample-board	9	01a25295-7473-79d6-b5ba-2709b66a6a08	task.moved.v1	{"boardId":"sample-board","taskId":"docs","from":"Backlog","to":"Ready","movedBy":"seed-sample","reason":null,"at":"2026-12-07T22:17:36.1143414+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.11515+00	\\xd52fd57de5fa13857505875199402e1c8a2d478d52ed9bff089a4e3e9dd1771a
15	board-sample-board	10	01a25295-7478-7b7f-93b6-73079bd9a5c9	task.moved.v1	{"boardId":"sample-board","taskId":"tests","from":"Backlog","to":"Ready","movedBy":"seed-sample","reason":null,"at":"2026-12-07T22:17:36.1195418+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.120313+00	\\x0a731039ea672d6ddefc167e72a5cf62f5dbc56974293067bd8506aecdd1856e
16	board-sample-board	11	01a25295-747b-7290-b7f8-18b10803dabc	task.claimed.v1	{"boardId":"sample-board","taskId":"tests","assignee":"engineer","branch":"task/tests","at":"2026-12-07T22:17:36.1219535+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.123319+00	\\x4fdd223a0ae78b383597e49370e2abbe433fb2df2d8c43e28f9ed726a5c47c87
17	board-sample-board	12	01a25295-7481-7f0f-bc83-fa31d50305ce	task.pull-request-linked.v1	{"boardId":"sample-board","taskId":"tests","number":1,"url":"https://git.example/sample/pull/1","at":"2026-12-07T22:17:36.1260089+00:00"}	{"correlationId":"sample-board","actor":"seed-sample"}	2026-12-07 22:17:36.129396+00	\\x8a780fbfb6a5d92f9c054b504d1a6fef91b3cb8858f4671ed5cb0e9f03afbaf4
18	pipeline-sample--hello-sample	1	01a25295-753b-7272-bb35-b885f5be9640	pipeline.version-defined.v1	{"pipelineId":"sample--hello-sample","version":1,"source":"name: hello-sample\\ndescription: Plan, implement, test and review a small shell program with the scripted model.\\ninputs:\\n  - name: goal\\n    description: What to build.\\nsteps:\\n  - id: plan\\n    type: agent\\n    agent: architect\\n    prompt: \\u0022Plan how to reach this goal: {{inputs.goal}}\\u0022\\n    timeout: 2m\\n    script:\\n      - tool: write_file\\n        args: {path: PLAN.md, content: \\u00221. Write hello.sh that prints hello.\\\\n\\u0022}\\n      - tool: complete_step\\n        args: {result: pass, output: \\u0022Write hello.sh.\\u0022}\\n  - id: implement\\n    type: agent\\n    agent: engineer\\n    prompt: \\u0022Goal: {{inputs.goal}}. Plan: {{steps.plan.output}}\\u0022\\n    timeout: 2m\\n    script:\\n      - tool: run_command\\n        args: {command: \\u0022printf \\u0027#!/bin/sh\\\\\\\\necho hello\\\\\\\\n\\u0027 \\u003E hello.sh \\u0026\\u0026 chmod \\u002Bx hello.sh\\u0022}\\n      - tool: complete_step\\n        args: {result: pass, output: \\u0022hello.sh written\\u0022}\\n  - id: test\\n    type: command\\n    run: ./hello.sh | grep -q hello\\n    timeout: 1m\\n  - id: review\\n    type: agent\\n    agent: reviewer\\n    prompt: \\u0022Review the change made for: {{inputs.goal}}\\u0022\\n    timeout: 2m\\n    script:\\n      - tool: read_file\\n        args: {path: hello.sh}\\n      - tool: complete_step\\n        args: {result: pass, output: \\u0022Looks good.\\u0022}","definition":{"name":"hello-sample","description":"Plan, implement, test and review a small shell program with the scripted model.","inputs":[{"name":"goal","isRequired":true,"description":"What to build."}],"steps":[{"type":"agent","agent":"architect","prompt":"Plan how to reach this goal: {{inputs.goal}}","outputSchema":null,"script":[{"tool":"write_file","args":{"path":"PLAN.md","content":"1. Write hello.sh that prints hello.\\n"}},{"tool":"complete_step","args":{"result":"pass","output":"Write hello.sh."}}],"id":"plan","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}},{"type":"agent","agent":"engineer","prompt":"Goal: {{inputs.goal}}. Plan: {{steps.plan.output}}","outputSchema":null,"script":[{"tool":"run_command","args":{"command":"printf \\u0027#!/bin/sh\\\\necho hello\\\\n\\u0027 \\u003E hello.sh \\u0026\\u0026 chmod \\u002Bx hello.sh"}},{"tool":"complete_step","args":{"result":"pass","output":"hello.sh written"}}],"id":"implement","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}},{"type":"command","run":"./hello.sh | grep -q hello","workingDirectory":null,"id":"test","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:01:00","budget":null,"network":false}},{"type":"agent","agent":"reviewer","prompt":"Review the change made for: {{inputs.goal}}","outputSchema":null,"script":[{"tool":"read_file","args":{"path":"hello.sh"}},{"tool":"complete_step","args":{"result":"pass","output":"Looks good."}}],"id":"review","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}}]},"definedBy":"seed-sample","at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample--hello-sample","actor":"seed-sample"}	2026-12-07 22:17:36.315056+00	\\x3457c68859efbbf2cdc8f1d697672886f319f058ac3c29f3607b96316a60d912
19	pipeline-sample--gated-release	1	01a25295-75eb-7bcb-aa35-6a76f64fafed	pipeline.version-defined.v1	{"pipelineId":"sample--gated-release","version":1,"source":"name: gated-release\\ndescription: Build, wait for a person to approve, then ship.\\ninputs:\\n  - name: goal\\n    required: false\\n    description: What the release is for.\\nsteps:\\n  - id: build\\n    type: command\\n    run: \\u0022echo building \\u0026\\u0026 sleep 1 \\u0026\\u0026 echo built \\u003E build.txt\\u0022\\n    timeout: 1m\\n  - id: approve\\n    type: gate\\n    prompt: \\u0022Ship the build for \\u0027{{inputs.goal}}\\u0027?\\u0022\\n    timeout: 1h\\n    on_result:\\n      pass: ship\\n      fail: end\\n  - id: ship\\n    type: command\\n    run: \\u0022cat build.txt \\u0026\\u0026 echo shipped\\u0022\\n    timeout: 1m","definition":{"name":"gated-release","description":"Build, wait for a person to approve, then ship.","inputs":[{"name":"goal","isRequired":false,"description":"What the release is for."}],"steps":[{"type":"command","run":"echo building \\u0026\\u0026 sleep 1 \\u0026\\u0026 echo built \\u003E build.txt","workingDirectory":null,"id":"build","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:01:00","budget":null,"network":false}},{"type":"gate","prompt":"Ship the build for \\u0027{{inputs.goal}}\\u0027?","approvers":[],"id":"approve","flow":{"onResult":{"pass":{"target":"ship","max":null},"fail":{"target":"end","max":null}},"next":null,"retry":null,"loop":null,"timeout":"01:00:00","budget":null,"network":false}},{"type":"command","run":"cat build.txt \\u0026\\u0026 echo shipped","workingDirectory":null,"id":"ship","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:01:00","budget":null,"network":false}}]},"definedBy":"seed-sample","at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample--gated-release","actor":"seed-sample"}	2026-12-07 22:17:36.491776+00	\\x8f919e792e26ca3c5c17ec5d0547a3fb541036eb9a4f2e08cab7006c79ff81b6
20	pipeline-sample--clarify	1	01a25295-75fb-749e-964d-6a9b4b0ca5d2	pipeline.version-defined.v1	{"pipelineId":"sample--clarify","version":1,"source":"name: clarify\\ndescription: The agent asks a person which database to use (ask_human), waits for the answer, then writes the design.\\ninputs:\\n  - name: goal\\n    required: false\\n    description: What the service is for.\\nsteps:\\n  - id: design\\n    type: agent\\n    agent: architect\\n    prompt: \\u0022Design the storage for: {{inputs.goal}}. Ask which database to use; do not guess.\\u0022\\n    timeout: 2m\\n    script:\\n      - tool: ask_human\\n        args: {question: \\u0022Which database should the service use?\\u0022}\\n      - tool: write_file\\n        args: {path: DESIGN.md, content: \\u0022Storage: the database the person chose.\\\\n\\u0022}\\n      - tool: complete_step\\n        args: {result: pass, output: \\u0022Storage designed with the database the person chose.\\u0022}","definition":{"name":"clarify","description":"The agent asks a person which database to use (ask_human), waits for the answer, then writes the design.","inputs":[{"name":"goal","isRequired":false,"description":"What the service is for."}],"steps":[{"type":"agent","agent":"architect","prompt":"Design the storage for: {{inputs.goal}}. Ask which database to use; do not guess.","outputSchema":null,"script":[{"tool":"ask_human","args":{"question":"Which database should the service use?"}},{"tool":"write_file","args":{"path":"DESIGN.md","content":"Storage: the database the person chose.\\n"}},{"tool":"complete_step","args":{"result":"pass","output":"Storage designed with the database the person chose."}}],"id":"design","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}}]},"definedBy":"seed-sample","at":"2026-12-07T22:17:35.3663881+00:00"}	{"correlationId":"sample--clarify","actor":"seed-sample"}	2026-12-07 22:17:36.507358+00	\\x14d18351a0e383f61e934f6f78593bf8bc8089ce7f1b3cbe050330b4efa73ff7
21	run-01a2529598d47e4583aafc438cd2ba53	1	01a25295-98f2-7e96-bd32-638cfa8dc6ef	run.requested.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","projectId":"local","pipelineId":"hello-sample","pipelineVersion":1,"definition":{"name":"hello-sample","description":"Plan, implement, test and review a small shell program with the scripted model.","inputs":[{"name":"goal","isRequired":true,"description":"What to build."}],"steps":[{"type":"agent","agent":"architect","prompt":"Plan how to reach this goal: {{inputs.goal}}","outputSchema":null,"script":[{"tool":"write_file","args":{"path":"PLAN.md","content":"1. Write hello.sh that prints hello.\\n2. Make the test pass.\\n"}},{"tool":"complete_step","args":{"result":"pass","output":"Write hello.sh, then make the test pass."}}],"id":"plan","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}},{"type":"agent","agent":"engineer","prompt":"Goal: {{inputs.goal}}. Plan: {{steps.plan.output}}","outputSchema":null,"script":[{"tool":"run_command","args":{"command":"echo attempt \\u003E\\u003E attempts.txt \\u0026\\u0026 printf \\u0027#!/bin/sh\\\\necho hello\\\\n\\u0027 \\u003E hello.sh \\u0026\\u0026 chmod \\u002Bx hello.sh"}},{"tool":"complete_step","args":{"result":"pass","output":"hello.sh written"}}],"id":"implement","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}},{"type":"command","run":"test \\u0022$(wc -l \\u003C attempts.txt)\\u0022 -ge 2 \\u0026\\u0026 ./hello.sh | grep -q hello","workingDirectory":null,"id":"test","flow":{"onResult":{"pass":{"target":"review","max":null},"fail":{"target":"implement","max":3}},"next":null,"retry":null,"loop":null,"timeout":"00:01:00","budget":null,"network":false}},{"type":"agent","agent":"reviewer","prompt":"Review the change made for: {{inputs.goal}}","outputSchema":null,"script":[{"tool":"read_file","args":{"path":"hello.sh"}},{"tool":"complete_step","args":{"result":"pass","output":"Looks good."}}],"id":"review","flow":{"onResult":{},"next":null,"retry":null,"loop":null,"timeout":"00:02:00","budget":null,"network":false}}]},"inputs":{"goal":"print hello"},"requestedBy":"root","at":"2026-12-07T22:17:45.4286812+00:00","task":null}	{"correlationId":"01a2529598d47e4583aafc438cd2ba53","actor":"root"}	2026-12-07 22:17:45.45879+00	\\x0606291412985dbfdc459f52a64b7f83b5ef5c363a2de37c68d268d8990c9e68
22	run-01a2529598d47e4583aafc438cd2ba53	2	01a25295-98f2-7758-85fb-4225d8bdce2d	run.started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","at":"2026-12-07T22:17:45.4286812+00:00"}	{"correlationId":"01a2529598d47e4583aafc438cd2ba53","actor":"root"}	2026-12-07 22:17:45.45879+00	\\xe8ad69bba7c92e67fa7ae850e8255facf440d037c83d2e4a82a1c4a408186a4d
23	run-01a2529598d47e4583aafc438cd2ba53	3	01a25295-98f2-7780-8985-7676e37ae88e	run.step-queued.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"iteration":1,"item":null,"fromStepId":null,"at":"2026-12-07T22:17:45.4286812+00:00"}	{"correlationId":"01a2529598d47e4583aafc438cd2ba53","actor":"root"}	2026-12-07 22:17:45.45879+00	\\x5a81815c1d8c28d86025aa82583d85321d4e4a08c5e41e77c839378569e8feb7
24	run-01a2529598d47e4583aafc438cd2ba53	4	01a25295-99d2-7eba-8151-bc8fb6446f00	run.step-started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"deadline":"2026-12-07T22:19:45.6667221+00:00","at":"2026-12-07T22:17:45.6667221+00:00"}	{"correlationId":"01a2529598d47e4583aafc438cd2ba53","causationId":"dfb3253f-7412-80cd-b66b-62be5a50f02d","commandId":"dfb3253f-7412-80cd-b66b-62be5a50f02d"}	2026-12-07 22:17:45.682421+00	\\x45b4390351f25ce30b4f897f18d56ba73a1d3c23c82c9106d3640c189062f239
25	run-01a2529598d47e4583aafc438cd2ba53	5	01a25295-9c02-71c5-81f1-ec60d55ef597	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"sequence":1,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022system\\u0022,\\u0022text\\u0022:\\u0022Splits goals into small, testable tasks and writes the plan down.\\\\n\\\\nYou work on one step of a pipeline in a workspace directory. Use the tools to read and change files and to run commands there. Tools that only read may be called several at once. When you are done, call complete_step with the result (such as pass or fail) and your output.\\u0022},{\\u0022role\\u0022:\\u0022user\\u0022,\\u0022text\\u0022:\\u0022Plan how to reach this goal: print hello\\u0022}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022name\\u0022:\\u0022write_file\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022path\\\\u0022:\\\\u0022PLAN.md\\\\u0022,\\\\u0022content\\\\u0022:\\\\u00221. Write hello.sh that prints hello.\\\\\\\\n2. Make the test pass.\\\\\\\\n\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":18,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:46.2311393+00:00"}	{"correlationId":"83ee9a7e-5d32-4629-9eb2-bb5db81a6400","causationId":"83ee9a7e-5d32-4629-9eb2-bb5db81a6400","commandId":"83ee9a7e-5d32-4629-9eb2-bb5db81a6400"}	2026-12-07 22:17:46.242555+00	\\x48877ed99c155c5e01e6665884def1dcf9eb8e0b37b55139cc4b3771dc60fa4d
26	run-01a2529598d47e4583aafc438cd2ba53	6	01a25295-9c3c-71fb-8f6b-80dff4fb40e7	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"sequence":1,"tool":"write_file","arguments":"{\\u0022path\\u0022:\\u0022PLAN.md\\u0022,\\u0022content\\u0022:\\u00221. Write hello.sh that prints hello.\\\\n2. Make the test pass.\\\\n\\u0022}","result":"Wrote 60 bytes to PLAN.md.","isError":false,"durationMs":31,"at":"2026-12-07T22:17:46.2989154+00:00"}	{"correlationId":"d729b46d-c3e9-4dcf-88b3-b9e0fa7807b6","causationId":"d729b46d-c3e9-4dcf-88b3-b9e0fa7807b6","commandId":"d729b46d-c3e9-4dcf-88b3-b9e0fa7807b6"}	2026-12-07 22:17:46.30045+00	\\x2c04a91f5cba8cee4a5dcbe3135746cb9c449b608d23deeab8f4a5a2d7811f64
27	run-01a2529598d47e4583aafc438cd2ba53	7	01a25295-9c54-7ac8-9dea-4353bf7f068a	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"sequence":2,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022tool\\u0022,\\u0022tool_results\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022result\\u0022:\\u0022Wrote 60 bytes to PLAN.md.\\u0022}]}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-2\\u0022,\\u0022name\\u0022:\\u0022complete_step\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022result\\\\u0022:\\\\u0022pass\\\\u0022,\\\\u0022output\\\\u0022:\\\\u0022Write hello.sh, then make the test pass.\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":0,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:46.3230226+00:00"}	{"correlationId":"83e400a9-7813-444c-b64f-684723aeab5d","causationId":"83e400a9-7813-444c-b64f-684723aeab5d","commandId":"83e400a9-7813-444c-b64f-684723aeab5d"}	2026-12-07 22:17:46.32416+00	\\xebad8dce1bbbf093a459f3bc02cd8a7cd7d5cdefc2b1ea86e6bda3944de382ff
28	run-01a2529598d47e4583aafc438cd2ba53	8	01a25295-9c60-7699-b52a-fcabe8e2d004	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"sequence":2,"tool":"complete_step","arguments":"{\\u0022result\\u0022:\\u0022pass\\u0022,\\u0022output\\u0022:\\u0022Write hello.sh, then make the test pass.\\u0022}","result":"Step completed with result \\u0027pass\\u0027.","isError":false,"durationMs":0,"at":"2026-12-07T22:17:46.3343776+00:00"}	{"correlationId":"350c24d1-4f74-497c-9cc1-ebaf8c3d558b","causationId":"350c24d1-4f74-497c-9cc1-ebaf8c3d558b","commandId":"350c24d1-4f74-497c-9cc1-ebaf8c3d558b"}	2026-12-07 22:17:46.336197+00	\\x34b65e2400960e5991551d862a1fa27585dd7ee4c66f369da1c585e0aa73a598
29	run-01a2529598d47e4583aafc438cd2ba53	9	01a25295-9c8a-7e12-958d-6df7bfef1f99	run.step-output-recorded.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"output":"\\u0022Write hello.sh, then make the test pass.\\u0022","usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:46.3677171+00:00"}	{"correlationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","causationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","commandId":"a2bbaeea-88ad-461b-9c47-92daa611b211"}	2026-12-07 22:17:46.378817+00	\\x59305d5165fc08ea3a8c1e672b99cd76227039f7124e5348d9663433ba151821
30	run-01a2529598d47e4583aafc438cd2ba53	10	01a25295-9c8a-788c-8a3b-40069861df20	run.step-completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"plan","attempt":1,"result":"pass","at":"2026-12-07T22:17:46.3677171+00:00"}	{"correlationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","causationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","commandId":"a2bbaeea-88ad-461b-9c47-92daa611b211"}	2026-12-07 22:17:46.378817+00	\\xd06c6e78cd771d201f7ce3214dcb0c7937964e4d687c3cc6603b5da7f53d9eba
31	run-01a2529598d47e4583aafc438cd2ba53	11	01a25295-9c8a-718d-ad52-ff6555a3f820	run.step-queued.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"iteration":1,"item":null,"fromStepId":"plan","at":"2026-12-07T22:17:46.3677171+00:00"}	{"correlationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","causationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","commandId":"a2bbaeea-88ad-461b-9c47-92daa611b211"}	2026-12-07 22:17:46.378817+00	\\x7cf95144515d6cf079087fe0c062bc5dd96cfe4864f06efcf22105e1d4cf2465
32	run-01a2529598d47e4583aafc438cd2ba53	12	01a25295-9c8a-7784-93cd-d4ef7687f285	run.step-started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"deadline":"2026-12-07T22:19:46.3677171+00:00","at":"2026-12-07T22:17:46.3677171+00:00"}	{"correlationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","causationId":"a2bbaeea-88ad-461b-9c47-92daa611b211","commandId":"a2bbaeea-88ad-461b-9c47-92daa611b211"}	2026-12-07 22:17:46.378817+00	\\x9a3cfd27b9d8eb1ed8348c94e5990b422bc393247b1df9633a434981a8491cf3
36	run-01a2529598d47e4583aafc438cd2ba53	16	01a25295-9e45-7d1b-b7b4-31ae8ac00c32	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"sequence":2,"tool":"complete_step","arguments":"{\\u0022result\\u0022:\\u0022pass\\u0022,\\u0022output\\u0022:\\u0022hello.sh written\\u0022}","result":"Step completed with result \\u0027pass\\u0027.","isError":false,"durationMs":0,"at":"2026-12-07T22:17:46.8172441+00:00"}	{"correlationId":"f76fd0b6-e0b3-40e3-8d33-b1cc2d2c1228","causationId":"f76fd0b6-e0b3-40e3-8d33-b1cc2d2c1228","commandId":"f76fd0b6-e0b3-40e3-8d33-b1cc2d2c1228"}	2026-12-07 22:17:46.821248+00	\\x4eab3b2d0bc7d40ea6792c3925a7a043bd9b1c0bcd14363e19077c2b92873810
41	run-01a2529598d47e4583aafc438cd2ba53	21	01a25295-9f7a-7d8a-8616-78fd6385a5c1	run.step-output-recorded.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":1,"output":"\\u0022\\u0022","usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:47.1294016+00:00"}	{"correlationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","causationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","commandId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9"}	2026-12-07 22:17:47.130697+00	\\x1fade659525e6cabd6885c058cfc8505b209e02cc23283afb0c829e925b287d1
42	run-01a2529598d47e4583aafc438cd2ba53	22	01a25295-9f7a-72ed-ad55-84bcebd6d76f	run.step-completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":1,"result":"fail","at":"2026-12-07T22:17:47.1294016+00:00"}	{"correlationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","causationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","commandId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9"}	2026-12-07 22:17:47.130697+00	\\xd5e480627a3cff920168abe0f95b50e65969863dbe343019cbf3a40002bca9e4
43	run-01a2529598d47e4583aafc438cd2ba53	23	01a25295-9f7a-76d7-8442-ea2d290a5737	run.step-queued.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"iteration":1,"item":null,"fromStepId":"test","at":"2026-12-07T22:17:47.1294016+00:00"}	{"correlationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","causationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","commandId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9"}	2026-12-07 22:17:47.130697+00	\\x6b2fc9bea70ce642488653060af5a59f9768dec49161ca901263434842906458
44	run-01a2529598d47e4583aafc438cd2ba53	24	01a25295-9f7a-7e73-af6a-c94db22a271e	run.step-started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"deadline":"2026-12-07T22:19:47.1294016+00:00","at":"2026-12-07T22:17:47.1294016+00:00"}	{"correlationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","causationId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9","commandId":"4bdf3972-35ee-48e1-8c61-07fae26f01e9"}	2026-12-07 22:17:47.130697+00	\\xd778a22e57cffe9e880292a78561fedd334559bedc82bc818180bbeb2ade5c4e
59	run-01a2529598d47e4583aafc438cd2ba53	39	01a25295-a3f6-7b91-92cd-e878cbad9dc5	run.step-output-recorded.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"output":"\\u0022Looks good.\\u0022","usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:48.277632+00:00"}	{"correlationId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d","causationId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d","commandId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d"}	2026-12-07 22:17:48.278384+00	\\x64de3c93ec129e02331cec8accf9627601deb2b00dd9952f8534dee8737ed19a
33	run-01a2529598d47e4583aafc438cd2ba53	13	01a25295-9dc5-787e-b796-6ad549bbe125	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"sequence":1,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022system\\u0022,\\u0022text\\u0022:\\u0022Implements one task at a time with tests, on the task\\\\u0027s branch.\\\\n\\\\nYou work on one step of a pipeline in a workspace directory. Use the tools to read and change files and to run commands there. Tools that only read may be called several at once. When you are done, call complete_step with the result (such as pass or fail) and your output.\\u0022},{\\u0022role\\u0022:\\u0022user\\u0022,\\u0022text\\u0022:\\u0022Goal: print hello. Plan: \\\\u0022Write hello.sh, then make the test pass.\\\\u0022\\u0022}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022name\\u0022:\\u0022run_command\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022command\\\\u0022:\\\\u0022echo attempt \\\\\\\\u003E\\\\\\\\u003E attempts.txt \\\\\\\\u0026\\\\\\\\u0026 printf \\\\\\\\u0027#!/bin/sh\\\\\\\\\\\\\\\\necho hello\\\\\\\\\\\\\\\\n\\\\\\\\u0027 \\\\\\\\u003E hello.sh \\\\\\\\u0026\\\\\\\\u0026 chmod \\\\\\\\u002Bx hello.sh\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":12,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:46.6928807+00:00"}	{"correlationId":"e3c6ce22-99ee-4e9c-b413-49ce17523ced","causationId":"e3c6ce22-99ee-4e9c-b413-49ce17523ced","commandId":"e3c6ce22-99ee-4e9c-b413-49ce17523ced"}	2026-12-07 22:17:46.693688+00	\\x51e58014667d7650a64605405bbf49b2c4dc9015c3db29853f35a770a78e2744
34	run-01a2529598d47e4583aafc438cd2ba53	14	01a25295-9e01-78ca-9cf4-9d815734132f	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"sequence":1,"tool":"run_command","arguments":"{\\u0022command\\u0022:\\u0022echo attempt \\\\u003E\\\\u003E attempts.txt \\\\u0026\\\\u0026 printf \\\\u0027#!/bin/sh\\\\\\\\necho hello\\\\\\\\n\\\\u0027 \\\\u003E hello.sh \\\\u0026\\\\u0026 chmod \\\\u002Bx hello.sh\\u0022}","result":"Exit code 0.\\n","isError":false,"durationMs":17,"at":"2026-12-07T22:17:46.7515224+00:00"}	{"correlationId":"a5c758e4-1d4b-4704-9aa8-924171340715","causationId":"a5c758e4-1d4b-4704-9aa8-924171340715","commandId":"a5c758e4-1d4b-4704-9aa8-924171340715"}	2026-12-07 22:17:46.75392+00	\\x5620d328371cce2a404fd885f9dd4519b9675fcb7c6404af0d592386321accec
45	run-01a2529598d47e4583aafc438cd2ba53	25	01a25295-a0de-7d3c-a014-63fa79120822	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"sequence":1,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022system\\u0022,\\u0022text\\u0022:\\u0022Implements one task at a time with tests, on the task\\\\u0027s branch.\\\\n\\\\nYou work on one step of a pipeline in a workspace directory. Use the tools to read and change files and to run commands there. Tools that only read may be called several at once. When you are done, call complete_step with the result (such as pass or fail) and your output.\\u0022},{\\u0022role\\u0022:\\u0022user\\u0022,\\u0022text\\u0022:\\u0022Goal: print hello. Plan: \\\\u0022Write hello.sh, then make the test pass.\\\\u0022\\u0022}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022name\\u0022:\\u0022run_command\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022command\\\\u0022:\\\\u0022echo attempt \\\\\\\\u003E\\\\\\\\u003E attempts.txt \\\\\\\\u0026\\\\\\\\u0026 printf \\\\\\\\u0027#!/bin/sh\\\\\\\\\\\\\\\\necho hello\\\\\\\\\\\\\\\\n\\\\\\\\u0027 \\\\\\\\u003E hello.sh \\\\\\\\u0026\\\\\\\\u0026 chmod \\\\\\\\u002Bx hello.sh\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":18,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:47.4854587+00:00"}	{"correlationId":"c511e5b7-68e1-4e6f-80f2-5af54e87e7c4","causationId":"c511e5b7-68e1-4e6f-80f2-5af54e87e7c4","commandId":"c511e5b7-68e1-4e6f-80f2-5af54e87e7c4"}	2026-12-07 22:17:47.486755+00	\\xcb6d3483c6cec97e5130dd43321c9c275b0fd9e23ac8faf0e29799ddd08258d4
47	run-01a2529598d47e4583aafc438cd2ba53	27	01a25295-a123-7cb5-831d-c55a00d96565	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"sequence":2,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022tool\\u0022,\\u0022tool_results\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022result\\u0022:\\u0022Exit code 0.\\\\n\\u0022}]}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-2\\u0022,\\u0022name\\u0022:\\u0022complete_step\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022result\\\\u0022:\\\\u0022pass\\\\u0022,\\\\u0022output\\\\u0022:\\\\u0022hello.sh written\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":0,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:47.5543679+00:00"}	{"correlationId":"f379c459-7f37-42e5-820b-8049dfd39fde","causationId":"f379c459-7f37-42e5-820b-8049dfd39fde","commandId":"f379c459-7f37-42e5-820b-8049dfd39fde"}	2026-12-07 22:17:47.555291+00	\\x7b0d059529fa1cfb38437d04cd149aa9eb54540fea93965cec15023851a2741d
35	run-01a2529598d47e4583aafc438cd2ba53	15	01a25295-9e29-76f8-ad3e-a3a3df8c0d13	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"sequence":2,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022tool\\u0022,\\u0022tool_results\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022result\\u0022:\\u0022Exit code 0.\\\\n\\u0022}]}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-2\\u0022,\\u0022name\\u0022:\\u0022complete_step\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022result\\\\u0022:\\\\u0022pass\\\\u0022,\\\\u0022output\\\\u0022:\\\\u0022hello.sh written\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":0,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:46.792817+00:00"}	{"correlationId":"ffa0c738-1b22-461d-9d61-cbadf329c9b0","causationId":"ffa0c738-1b22-461d-9d61-cbadf329c9b0","commandId":"ffa0c738-1b22-461d-9d61-cbadf329c9b0"}	2026-12-07 22:17:46.793585+00	\\xcf368dc8a2166500f98e7e5d23b3d9fabab5242220559f5c985568f6c3e32bda
37	run-01a2529598d47e4583aafc438cd2ba53	17	01a25295-9e5e-72f6-a208-0f72037ab420	run.step-output-recorded.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"output":"\\u0022hello.sh written\\u0022","usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:46.8454164+00:00"}	{"correlationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","causationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","commandId":"65c3096d-2ebb-4017-96eb-0446b3e56df7"}	2026-12-07 22:17:46.846336+00	\\x2ab0e5e6072168181ed00af54139ac1d388124a41dbbfdc258d5d8cbb4dc180f
38	run-01a2529598d47e4583aafc438cd2ba53	18	01a25295-9e5e-7601-bc88-2bbf638f7259	run.step-completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":1,"result":"pass","at":"2026-12-07T22:17:46.8454164+00:00"}	{"correlationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","causationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","commandId":"65c3096d-2ebb-4017-96eb-0446b3e56df7"}	2026-12-07 22:17:46.846336+00	\\x9f105f206961f0ecda902d7be542afdffbadb78d1d198e898a0d8b2dea0e7b46
39	run-01a2529598d47e4583aafc438cd2ba53	19	01a25295-9e5e-73c9-acfd-21ef89925e4c	run.step-queued.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":1,"iteration":1,"item":null,"fromStepId":"implement","at":"2026-12-07T22:17:46.8454164+00:00"}	{"correlationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","causationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","commandId":"65c3096d-2ebb-4017-96eb-0446b3e56df7"}	2026-12-07 22:17:46.846336+00	\\x14cb229858501bef0111348aec90267facb7b386bb5972cdfc572b4a963c508e
40	run-01a2529598d47e4583aafc438cd2ba53	20	01a25295-9e5e-7675-aa51-1d300adb35a8	run.step-started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":1,"deadline":"2026-12-07T22:18:46.8454164+00:00","at":"2026-12-07T22:17:46.8454164+00:00"}	{"correlationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","causationId":"65c3096d-2ebb-4017-96eb-0446b3e56df7","commandId":"65c3096d-2ebb-4017-96eb-0446b3e56df7"}	2026-12-07 22:17:46.846336+00	\\x485b86d756298383961e980c1ef302a9d965d5a6c835c7e42ea7fff430ab13cf
46	run-01a2529598d47e4583aafc438cd2ba53	26	01a25295-a10b-7205-aef8-4fec0c509cd5	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"sequence":1,"tool":"run_command","arguments":"{\\u0022command\\u0022:\\u0022echo attempt \\\\u003E\\\\u003E attempts.txt \\\\u0026\\\\u0026 printf \\\\u0027#!/bin/sh\\\\\\\\necho hello\\\\\\\\n\\\\u0027 \\\\u003E hello.sh \\\\u0026\\\\u0026 chmod \\\\u002Bx hello.sh\\u0022}","result":"Exit code 0.\\n","isError":false,"durationMs":16,"at":"2026-12-07T22:17:47.5298311+00:00"}	{"correlationId":"ad87e9e8-b970-40bb-839e-e61121039d0a","causationId":"ad87e9e8-b970-40bb-839e-e61121039d0a","commandId":"ad87e9e8-b970-40bb-839e-e61121039d0a"}	2026-12-07 22:17:47.531543+00	\\x7cdbc4a5a9f833cbc1b01c262af346ffc50f95e84a5c813f6642acabfd710b88
48	run-01a2529598d47e4583aafc438cd2ba53	28	01a25295-a12e-79d7-9b05-33ddc93b8ede	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"sequence":2,"tool":"complete_step","arguments":"{\\u0022result\\u0022:\\u0022pass\\u0022,\\u0022output\\u0022:\\u0022hello.sh written\\u0022}","result":"Step completed with result \\u0027pass\\u0027.","isError":false,"durationMs":0,"at":"2026-12-07T22:17:47.563663+00:00"}	{"correlationId":"bd1c41d4-84e4-457f-b409-e80dfad5a19d","causationId":"bd1c41d4-84e4-457f-b409-e80dfad5a19d","commandId":"bd1c41d4-84e4-457f-b409-e80dfad5a19d"}	2026-12-07 22:17:47.566764+00	\\x4aae2ca4da29190a2cb7edb9af3168113ab0f033230f07d02dcf6cbd792a9d1c
49	run-01a2529598d47e4583aafc438cd2ba53	29	01a25295-a144-7cbc-acac-5e3fd03931cb	run.step-completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"implement","attempt":2,"result":"pass","at":"2026-12-07T22:17:47.5783708+00:00"}	{"correlationId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1","causationId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1","commandId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1"}	2026-12-07 22:17:47.588937+00	\\x517647ab243772102e4ed40bf0b27cc05610583ca5940a41ebe1a046d601589f
50	run-01a2529598d47e4583aafc438cd2ba53	30	01a25295-a144-75fe-bc16-80e00484d38e	run.step-queued.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":2,"iteration":1,"item":null,"fromStepId":"implement","at":"2026-12-07T22:17:47.5783708+00:00"}	{"correlationId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1","causationId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1","commandId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1"}	2026-12-07 22:17:47.588937+00	\\xd9ad6383afa0ad1099ca2c12a0b9b504e5e6b8ba578e9630fa707aff3f130d62
51	run-01a2529598d47e4583aafc438cd2ba53	31	01a25295-a144-7cee-87aa-d261fbfffa5f	run.step-started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":2,"deadline":"2026-12-07T22:18:47.5783708+00:00","at":"2026-12-07T22:17:47.5783708+00:00"}	{"correlationId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1","causationId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1","commandId":"c4338d9f-5cc5-4f5e-931a-d88b2019c7c1"}	2026-12-07 22:17:47.588937+00	\\xecc491fce8b1c89096719779ceab9fafee67122712d2522ac83479d7629a79fd
52	run-01a2529598d47e4583aafc438cd2ba53	32	01a25295-a25d-7ff0-884f-9acc5c97dc1f	run.step-completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"test","attempt":2,"result":"pass","at":"2026-12-07T22:17:47.8687229+00:00"}	{"correlationId":"afaae913-8527-445e-8e10-19e735d84fd8","causationId":"afaae913-8527-445e-8e10-19e735d84fd8","commandId":"afaae913-8527-445e-8e10-19e735d84fd8"}	2026-12-07 22:17:47.869524+00	\\x73227eea22fac1cbcfc5753c75c53da87bfcbfd919c420c7d94fc4e7f97077a4
53	run-01a2529598d47e4583aafc438cd2ba53	33	01a25295-a25d-7ede-aaf8-47927c737212	run.step-queued.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"iteration":1,"item":null,"fromStepId":"test","at":"2026-12-07T22:17:47.8687229+00:00"}	{"correlationId":"afaae913-8527-445e-8e10-19e735d84fd8","causationId":"afaae913-8527-445e-8e10-19e735d84fd8","commandId":"afaae913-8527-445e-8e10-19e735d84fd8"}	2026-12-07 22:17:47.869524+00	\\x8549544011732aa295bbdc6ed07bd27dd055137e0929b9dfc94e7fc3b4837a10
54	run-01a2529598d47e4583aafc438cd2ba53	34	01a25295-a25d-7f15-925f-00e5d80a2491	run.step-started.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"deadline":"2026-12-07T22:19:47.8687229+00:00","at":"2026-12-07T22:17:47.8687229+00:00"}	{"correlationId":"afaae913-8527-445e-8e10-19e735d84fd8","causationId":"afaae913-8527-445e-8e10-19e735d84fd8","commandId":"afaae913-8527-445e-8e10-19e735d84fd8"}	2026-12-07 22:17:47.869524+00	\\x5f3ae000b6456e2b1e9f8b2c05cb47ae01293ef1503a386811c4880fbe9bbb23
57	run-01a2529598d47e4583aafc438cd2ba53	37	01a25295-a3d9-7850-8175-d43b46d23595	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"sequence":2,"tool":"complete_step","arguments":"{\\u0022result\\u0022:\\u0022pass\\u0022,\\u0022output\\u0022:\\u0022Looks good.\\u0022}","result":"Step completed with result \\u0027pass\\u0027.","isError":false,"durationMs":1,"at":"2026-12-07T22:17:48.2476766+00:00"}	{"correlationId":"52ae4eb5-98c9-425f-bbae-423d26945781","causationId":"52ae4eb5-98c9-425f-bbae-423d26945781","commandId":"52ae4eb5-98c9-425f-bbae-423d26945781"}	2026-12-07 22:17:48.249004+00	\\x9f8e188f5d003fe0aca028da15cd159bd1d72408ca1b8514539b537010f3fa37
55	run-01a2529598d47e4583aafc438cd2ba53	35	01a25295-a39d-7952-9243-d22a44df72a4	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"sequence":1,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022system\\u0022,\\u0022text\\u0022:\\u0022Reads every change for correctness and clarity before it merges.\\\\n\\\\nYou work on one step of a pipeline in a workspace directory. Use the tools to read and change files and to run commands there. Tools that only read may be called several at once. When you are done, call complete_step with the result (such as pass or fail) and your output.\\u0022},{\\u0022role\\u0022:\\u0022user\\u0022,\\u0022text\\u0022:\\u0022Review the change made for: print hello\\u0022}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022name\\u0022:\\u0022read_file\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022path\\\\u0022:\\\\u0022hello.sh\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":16,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:48.1853502+00:00"}	{"correlationId":"cd906f43-dbab-49c9-9cda-1621f4a54abf","causationId":"cd906f43-dbab-49c9-9cda-1621f4a54abf","commandId":"cd906f43-dbab-49c9-9cda-1621f4a54abf"}	2026-12-07 22:17:48.189156+00	\\x3d3ad858a5abc770247e72fdae5662e92a4a09d893e4d84055c32dc727d72adc
56	run-01a2529598d47e4583aafc438cd2ba53	36	01a25295-a3c1-70ad-b047-bbee0ee4aba1	run.step-tool-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"sequence":1,"tool":"read_file","arguments":"{\\u0022path\\u0022:\\u0022hello.sh\\u0022}","result":"#!/bin/sh\\necho hello\\n","isError":false,"durationMs":6,"at":"2026-12-07T22:17:48.2248458+00:00"}	{"correlationId":"f36784f3-a07b-4f54-be73-9b7fbea81085","causationId":"f36784f3-a07b-4f54-be73-9b7fbea81085","commandId":"f36784f3-a07b-4f54-be73-9b7fbea81085"}	2026-12-07 22:17:48.225637+00	\\x2f861abe5e8d080dee11b85bf2a3f6b3186281827281794a6e08b9b4b1fdd881
58	run-01a2529598d47e4583aafc438cd2ba53	38	01a25295-a3e6-7938-97f7-452101df80ee	run.step-model-called.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"sequence":2,"model":"scripted/scripted","messagesIn":"[{\\u0022role\\u0022:\\u0022tool\\u0022,\\u0022tool_results\\u0022:[{\\u0022id\\u0022:\\u0022call-1\\u0022,\\u0022result\\u0022:\\u0022#!/bin/sh\\\\necho hello\\\\n\\u0022}]}]","messagesOut":"[{\\u0022role\\u0022:\\u0022assistant\\u0022,\\u0022tool_calls\\u0022:[{\\u0022id\\u0022:\\u0022call-2\\u0022,\\u0022name\\u0022:\\u0022complete_step\\u0022,\\u0022arguments\\u0022:\\u0022{\\\\u0022result\\\\u0022:\\\\u0022pass\\\\u0022,\\\\u0022output\\\\u0022:\\\\u0022Looks good.\\\\u0022}\\u0022}]}]","inputTokens":0,"cachedInputTokens":0,"outputTokens":0,"costUsd":null,"durationMs":0,"usage":{"tokens":0,"costUsd":0},"at":"2026-12-07T22:17:48.2613812+00:00"}	{"correlationId":"e085ab83-e04f-468a-993a-7177103fa630","causationId":"e085ab83-e04f-468a-993a-7177103fa630","commandId":"e085ab83-e04f-468a-993a-7177103fa630"}	2026-12-07 22:17:48.262437+00	\\x2ffd3e73df09733083f80913132ffc23dc035ec01b00d1ad834df00a56587c16
60	run-01a2529598d47e4583aafc438cd2ba53	40	01a25295-a3f6-748d-b54d-e20205a3e179	run.step-completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","stepId":"review","attempt":1,"result":"pass","at":"2026-12-07T22:17:48.277632+00:00"}	{"correlationId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d","causationId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d","commandId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d"}	2026-12-07 22:17:48.278384+00	\\x364635b54c5aaed23a4836a09c1a49aea6018dce2206bd147c9c12fbc9aa32cb
61	run-01a2529598d47e4583aafc438cd2ba53	41	01a25295-a3f6-7080-90dd-949a910d2ab1	run.completed.v1	{"runId":"01a2529598d47e4583aafc438cd2ba53","at":"2026-12-07T22:17:48.277632+00:00","task":null}	{"correlationId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d","causationId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d","commandId":"f8bdb60c-3361-4540-8fd3-d2e302a7a74d"}	2026-12-07 22:17:48.278384+00	\\x8729c55119a3be456ea2f6dfec697b8763cf53ed99572e99e8d923c55ab1063e
\.


--
-- Data for Name: rm_agents; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_agents (agent_id, seq, name, persona, model, tools, pulse_seconds, board_id, columns, retired, created_at, updated_at, version) FROM stdin;
architect	6	Architect	Splits goals into small, testable tasks and writes the plan down.	scripted/sample	{read_file,run_command,write_file}	\N	\N	{}	f	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
engineer	7	Engineer	Implements one task at a time with tests, on the task's branch.	scripted/sample	{read_file,run_command,write_file}	\N	\N	{}	f	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
reviewer	8	Reviewer	Reads every change for correctness and clarity before it merges.	scripted/sample	{read_file,run_command,write_file}	\N	\N	{}	f	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
\.


--
-- Data for Name: rm_board_columns; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_board_columns (board_id, status, ordinal, name, wip_limit) FROM stdin;
sample-board	Backlog	0	Backlog	\N
sample-board	Ready	1	Ready	\N
sample-board	Claimed	2	Claimed	\N
sample-board	Done	5	Done	\N
sample-board	Failed	6	Failed	\N
sample-board	Blocked	7	Blocked	\N
sample-board	InProgress	3	In progress	2
sample-board	Review	4	Review	1
\.


--
-- Data for Name: rm_boards; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_boards (board_id, seq, project_id, name, created_at, updated_at, version) FROM stdin;
sample-board	2	sample	Sample board	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:36.126008+00	12
\.


--
-- Data for Name: rm_chat_messages; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_chat_messages (session_id, message_id, seq, author, author_id, text, at) FROM stdin;
\.


--
-- Data for Name: rm_chat_sessions; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_chat_sessions (session_id, seq, agent_id, user_id, project_id, ended, ended_by, message_count, started_at, updated_at, version) FROM stdin;
\.


--
-- Data for Name: rm_pipeline_versions; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_pipeline_versions (pipeline_id, number, name, source, step_ids, defined_by, defined_at) FROM stdin;
sample--hello-sample	1	hello-sample	name: hello-sample\ndescription: Plan, implement, test and review a small shell program with the scripted model.\ninputs:\n  - name: goal\n    description: What to build.\nsteps:\n  - id: plan\n    type: agent\n    agent: architect\n    prompt: "Plan how to reach this goal: {{inputs.goal}}"\n    timeout: 2m\n    script:\n      - tool: write_file\n        args: {path: PLAN.md, content: "1. Write hello.sh that prints hello.\\n"}\n      - tool: complete_step\n        args: {result: pass, output: "Write hello.sh."}\n  - id: implement\n    type: agent\n    agent: engineer\n    prompt: "Goal: {{inputs.goal}}. Plan: {{steps.plan.output}}"\n    timeout: 2m\n    script:\n      - tool: run_command\n        args: {command: "printf '#!/bin/sh\\\\necho hello\\\\n' > hello.sh && chmod +x hello.sh"}\n      - tool: complete_step\n        args: {result: pass, output: "hello.sh written"}\n  - id: test\n    type: command\n    run: ./hello.sh | grep -q hello\n    timeout: 1m\n  - id: review\n    type: agent\n    agent: reviewer\n    prompt: "Review the change made for: {{inputs.goal}}"\n    timeout: 2m\n    script:\n      - tool: read_file\n        args: {path: hello.sh}\n      - tool: complete_step\n        args: {result: pass, output: "Looks good."}	{plan,implement,test,review}	seed-sample	2026-12-07 22:17:35.366388+00
sample--gated-release	1	gated-release	name: gated-release\ndescription: Build, wait for a person to approve, then ship.\ninputs:\n  - name: goal\n    required: false\n    description: What the release is for.\nsteps:\n  - id: build\n    type: command\n    run: "echo building && sleep 1 && echo built > build.txt"\n    timeout: 1m\n  - id: approve\n    type: gate\n    prompt: "Ship the build for '{{inputs.goal}}'?"\n    timeout: 1h\n    on_result:\n      pass: ship\n      fail: end\n  - id: ship\n    type: command\n    run: "cat build.txt && echo shipped"\n    timeout: 1m	{build,approve,ship}	seed-sample	2026-12-07 22:17:35.366388+00
sample--clarify	1	clarify	name: clarify\ndescription: The agent asks a person which database to use (ask_human), waits for the answer, then writes the design.\ninputs:\n  - name: goal\n    required: false\n    description: What the service is for.\nsteps:\n  - id: design\n    type: agent\n    agent: architect\n    prompt: "Design the storage for: {{inputs.goal}}. Ask which database to use; do not guess."\n    timeout: 2m\n    script:\n      - tool: ask_human\n        args: {question: "Which database should the service use?"}\n      - tool: write_file\n        args: {path: DESIGN.md, content: "Storage: the database the person chose.\\n"}\n      - tool: complete_step\n        args: {result: pass, output: "Storage designed with the database the person chose."}	{design}	seed-sample	2026-12-07 22:17:35.366388+00
\.


--
-- Data for Name: rm_pipelines; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_pipelines (pipeline_id, seq, latest_version, name, description, created_at, updated_at, version) FROM stdin;
sample--hello-sample	18	1	hello-sample	Plan, implement, test and review a small shell program with the scripted model.	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
sample--gated-release	19	1	gated-release	Build, wait for a person to approve, then ship.	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
sample--clarify	20	1	clarify	The agent asks a person which database to use (ask_human), waits for the answer, then writes the design.	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
\.


--
-- Data for Name: rm_projects; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_projects (project_id, seq, name, repository, default_branch, board_id, archived, created_at, updated_at, version) FROM stdin;
sample	1	Sample project	/tmp/fixture-home/sample-repo	main	sample-board	f	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	2
\.


--
-- Data for Name: rm_run_steps; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_run_steps (run_id, step_id, seq, status, attempt, iteration, retries, item, queued_at, started_at, finished_at, due_at, result, output, tokens, cost_usd, reason, version, question_id, question_text, question_asked_at) FROM stdin;
01a2529598d47e4583aafc438cd2ba53	plan	23	Completed	1	1	0	\N	2026-12-07 22:17:45.428681+00	2026-12-07 22:17:45.666722+00	2026-12-07 22:17:46.367717+00	\N	pass	"Write hello.sh, then make the test pass."	0	0	\N	10	\N	\N	\N
01a2529598d47e4583aafc438cd2ba53	implement	31	Completed	2	1	0	\N	2026-12-07 22:17:47.129401+00	2026-12-07 22:17:47.129401+00	2026-12-07 22:17:47.57837+00	\N	pass	"hello.sh written"	0	0	\N	29	\N	\N	\N
01a2529598d47e4583aafc438cd2ba53	test	39	Completed	2	1	0	\N	2026-12-07 22:17:47.57837+00	2026-12-07 22:17:47.57837+00	2026-12-07 22:17:47.868722+00	\N	pass	""	0	0	\N	32	\N	\N	\N
01a2529598d47e4583aafc438cd2ba53	review	53	Completed	1	1	0	\N	2026-12-07 22:17:47.868722+00	2026-12-07 22:17:47.868722+00	2026-12-07 22:17:48.277632+00	\N	pass	"Looks good."	0	0	\N	40	\N	\N	\N
\.


--
-- Data for Name: rm_runs; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_runs (run_id, seq, project_id, pipeline_id, pipeline_version, status, requested_by, inputs, requested_at, started_at, finished_at, current_step, reason, version, updated_at, task_board_id, task_id, agent_id) FROM stdin;
01a2529598d47e4583aafc438cd2ba53	21	local	hello-sample	1	Completed	root	{"goal": "print hello"}	2026-12-07 22:17:45.428681+00	2026-12-07 22:17:45.428681+00	2026-12-07 22:17:48.277632+00	\N	\N	41	2026-12-07 22:17:48.277632+00	\N	\N	\N
\.


--
-- Data for Name: rm_step_questions; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_step_questions (run_id, step_id, attempt, question_id, seq, text, asked_at, answer, answered_by, answered_at) FROM stdin;
\.


--
-- Data for Name: rm_step_tool_calls; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_step_tool_calls (run_id, step_id, attempt, sequence, seq, tool, arguments, result, is_error, duration_ms, at) FROM stdin;
01a2529598d47e4583aafc438cd2ba53	plan	1	1	26	write_file	{"path":"PLAN.md","content":"1. Write hello.sh that prints hello.\\n2. Make the test pass.\\n"}	Wrote 60 bytes to PLAN.md.	f	31	2026-12-07 22:17:46.298915+00
01a2529598d47e4583aafc438cd2ba53	plan	1	2	28	complete_step	{"result":"pass","output":"Write hello.sh, then make the test pass."}	Step completed with result 'pass'.	f	0	2026-12-07 22:17:46.334377+00
01a2529598d47e4583aafc438cd2ba53	implement	1	1	34	run_command	{"command":"echo attempt \\u003E\\u003E attempts.txt \\u0026\\u0026 printf \\u0027#!/bin/sh\\\\necho hello\\\\n\\u0027 \\u003E hello.sh \\u0026\\u0026 chmod \\u002Bx hello.sh"}	Exit code 0.\n	f	17	2026-12-07 22:17:46.751522+00
01a2529598d47e4583aafc438cd2ba53	implement	1	2	36	complete_step	{"result":"pass","output":"hello.sh written"}	Step completed with result 'pass'.	f	0	2026-12-07 22:17:46.817244+00
01a2529598d47e4583aafc438cd2ba53	implement	2	1	46	run_command	{"command":"echo attempt \\u003E\\u003E attempts.txt \\u0026\\u0026 printf \\u0027#!/bin/sh\\\\necho hello\\\\n\\u0027 \\u003E hello.sh \\u0026\\u0026 chmod \\u002Bx hello.sh"}	Exit code 0.\n	f	16	2026-12-07 22:17:47.529831+00
01a2529598d47e4583aafc438cd2ba53	implement	2	2	48	complete_step	{"result":"pass","output":"hello.sh written"}	Step completed with result 'pass'.	f	0	2026-12-07 22:17:47.563663+00
01a2529598d47e4583aafc438cd2ba53	review	1	1	56	read_file	{"path":"hello.sh"}	#!/bin/sh\necho hello\n	f	6	2026-12-07 22:17:48.224845+00
01a2529598d47e4583aafc438cd2ba53	review	1	2	57	complete_step	{"result":"pass","output":"Looks good."}	Step completed with result 'pass'.	f	1	2026-12-07 22:17:48.247676+00
\.


--
-- Data for Name: rm_tasks; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.rm_tasks (board_id, task_id, seq, title, description, status, assignee, branch, pr_number, pr_url, depends_on, created_at, updated_at, version) FROM stdin;
sample-board	release	12	Tag the first release	Sample task: Tag the first release.	Backlog	\N	\N	\N	\N	{}	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:35.366388+00	1
sample-board	greeting	9	Print a greeting	Sample task: Print a greeting.	Ready	\N	\N	\N	\N	{}	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:36.097013+00	2
sample-board	docs	10	Document the command line	Sample task: Document the command line.	Ready	\N	\N	\N	\N	{}	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:36.114341+00	2
sample-board	tests	11	Add a smoke test	Sample task: Add a smoke test.	Claimed	engineer	task/tests	1	https://git.example/sample/pull/1	{}	2026-12-07 22:17:35.366388+00	2026-12-07 22:17:36.126008+00	4
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.schema_migrations (module, version, name, checksum, applied_at) FROM stdin;
event-store	1	event_store	F1D3E7B2DD6FC0407B56CC79D066F05BA87DDAABD46A5AB61FC384F973D45250	2026-12-07 22:17:35.338614+00
read-models	1	read_models	EEB36078B3324AAC8F9AAD6FDCBB9C5FAD4A62738DF0DA47FCC6DD3020B15E95	2026-12-07 22:17:45.136481+00
read-models	2	chat_session_version	A1278CD2DB314602663283B79377A8F79EB780310804D93507BC5C52F9C6AF46	2026-12-07 22:17:45.136481+00
read-models	3	run_task	CBF8C84F1BC4DBEC6BCE44812E7EEAFE4A6FA468DD91558936890B9328207C79	2026-12-07 22:17:45.136481+00
read-models	4	step_tool_calls	B244BBAB9229663C7977CBAED7D79101DB175A7D81B25ED81C473F4764E1D29C	2026-12-07 22:17:45.136481+00
read-models	5	step_questions	AD80F71BFC1CFC7BB6D84963E72EB7D7CCB3D2740EA90EF672B67696B5F71B08	2026-12-07 22:17:45.136481+00
api-keys	1	api_keys	231E33FD1398F7E90AFB92F3DCF35EEE3600B69E652954DD9EB8B14D575F1E5E	2026-12-07 22:17:45.184207+00
\.


--
-- Data for Name: snapshots; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.snapshots (stream_id, version, state_type, data, created_at) FROM stdin;
\.


--
-- Data for Name: streams; Type: TABLE DATA; Schema: eventagents; Owner: -
--

COPY eventagents.streams (stream_id, version, last_hash, archived, created_at, updated_at) FROM stdin;
project-sample	2	\\xbc4e2e9a85bd50e4b40e2bea09b229586859c0c8979393abc1e16253d27dc48b	f	2026-12-07 22:17:35.79061+00	2026-12-07 22:17:36.023641+00
agent-architect	1	\\x72c404105ae6f320b90b6ab678d1a3ece4b8f7f02d2f335e229eeddf436e13da	f	2026-12-07 22:17:36.035183+00	2026-12-07 22:17:36.035183+00
agent-engineer	1	\\xb47d80e4f5c2deea4d1b2d7e9ea82c0ebf817812d765bd8ab4abc11015c059e1	f	2026-12-07 22:17:36.042449+00	2026-12-07 22:17:36.042449+00
agent-reviewer	1	\\xc644e4e3b1828b38828648ea0c29d5c9ea59c98348d2726b7666e46695eb7ce1	f	2026-12-07 22:17:36.051962+00	2026-12-07 22:17:36.051962+00
board-sample-board	12	\\x8a780fbfb6a5d92f9c054b504d1a6fef91b3cb8858f4671ed5cb0e9f03afbaf4	f	2026-12-07 22:17:35.988836+00	2026-12-07 22:17:36.13147+00
pipeline-sample--hello-sample	1	\\x3457c68859efbbf2cdc8f1d697672886f319f058ac3c29f3607b96316a60d912	f	2026-12-07 22:17:36.468188+00	2026-12-07 22:17:36.468188+00
pipeline-sample--gated-release	1	\\x8f919e792e26ca3c5c17ec5d0547a3fb541036eb9a4f2e08cab7006c79ff81b6	f	2026-12-07 22:17:36.492797+00	2026-12-07 22:17:36.492797+00
pipeline-sample--clarify	1	\\x14d18351a0e383f61e934f6f78593bf8bc8089ce7f1b3cbe050330b4efa73ff7	f	2026-12-07 22:17:36.508193+00	2026-12-07 22:17:36.508193+00
run-01a2529598d47e4583aafc438cd2ba53	41	\\x8729c55119a3be456ea2f6dfec697b8763cf53ed99572e99e8d923c55ab1063e	f	2026-12-07 22:17:45.592682+00	2026-12-07 22:17:48.28129+00
\.


--
-- Data for Name: dead_letters; Type: TABLE DATA; Schema: eventagents_queue; Owner: -
--

COPY eventagents_queue.dead_letters (id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at, attempts, exception_type, exception_message, exception_stack, failed_at) FROM stdin;
\.


--
-- Data for Name: handled_messages; Type: TABLE DATA; Schema: eventagents_queue; Owner: -
--

COPY eventagents_queue.handled_messages (id, handled_at) FROM stdin;
dfb3253f-7412-80cd-b66b-62be5a50f02d	2026-12-07 22:17:45.692882+00
8d1da821-21dc-8bec-a9eb-8d2057c29365	2026-12-07 22:17:45.799442+00
83ee9a7e-5d32-4629-9eb2-bb5db81a6400	2026-12-07 22:17:46.254936+00
d729b46d-c3e9-4dcf-88b3-b9e0fa7807b6	2026-12-07 22:17:46.307995+00
83e400a9-7813-444c-b64f-684723aeab5d	2026-12-07 22:17:46.328444+00
350c24d1-4f74-497c-9cc1-ebaf8c3d558b	2026-12-07 22:17:46.353429+00
a2bbaeea-88ad-461b-9c47-92daa611b211	2026-12-07 22:17:46.39124+00
9c8e6e3e-14c9-8277-918d-bb6fface84ff	2026-12-07 22:17:46.412793+00
36afd178-687f-8f4f-9669-d5e774e00674	2026-12-07 22:17:46.429713+00
e3c6ce22-99ee-4e9c-b413-49ce17523ced	2026-12-07 22:17:46.695163+00
a5c758e4-1d4b-4704-9aa8-924171340715	2026-12-07 22:17:46.759022+00
ffa0c738-1b22-461d-9d61-cbadf329c9b0	2026-12-07 22:17:46.797245+00
f76fd0b6-e0b3-40e3-8d33-b1cc2d2c1228	2026-12-07 22:17:46.824811+00
65c3096d-2ebb-4017-96eb-0446b3e56df7	2026-12-07 22:17:46.853438+00
30bffe39-8fc0-8735-be21-53561879ae64	2026-12-07 22:17:46.877933+00
4922d376-4186-86ae-aec3-f8aefdaf9b63	2026-12-07 22:17:46.893449+00
4bdf3972-35ee-48e1-8c61-07fae26f01e9	2026-12-07 22:17:47.134488+00
daacac05-c890-8b20-a09b-58436106643d	2026-12-07 22:17:47.154721+00
32ddba0e-ee52-8a56-aaad-0a08812ce752	2026-12-07 22:17:47.172307+00
c511e5b7-68e1-4e6f-80f2-5af54e87e7c4	2026-12-07 22:17:47.489181+00
ad87e9e8-b970-40bb-839e-e61121039d0a	2026-12-07 22:17:47.537801+00
f379c459-7f37-42e5-820b-8049dfd39fde	2026-12-07 22:17:47.558662+00
bd1c41d4-84e4-457f-b409-e80dfad5a19d	2026-12-07 22:17:47.576972+00
c4338d9f-5cc5-4f5e-931a-d88b2019c7c1	2026-12-07 22:17:47.592329+00
87d690f6-10ab-8696-b743-20cb334bb8f7	2026-12-07 22:17:47.618324+00
0a503420-efac-8ae5-8761-22a8d68b9662	2026-12-07 22:17:47.632182+00
afaae913-8527-445e-8e10-19e735d84fd8	2026-12-07 22:17:47.873187+00
195f25c1-a058-8c0b-8d67-ac46269cfe51	2026-12-07 22:17:47.891944+00
9271e79f-0831-8c6d-8cca-ff48272ae54c	2026-12-07 22:17:47.905875+00
cd906f43-dbab-49c9-9cda-1621f4a54abf	2026-12-07 22:17:48.19256+00
f36784f3-a07b-4f54-be73-9b7fbea81085	2026-12-07 22:17:48.231721+00
52ae4eb5-98c9-425f-bbae-423d26945781	2026-12-07 22:17:48.250469+00
e085ab83-e04f-468a-993a-7177103fa630	2026-12-07 22:17:48.265979+00
f8bdb60c-3361-4540-8fd3-d2e302a7a74d	2026-12-07 22:17:48.283856+00
b8a8b486-2dd5-8e9c-884a-e01891a0058d	2026-12-07 22:18:46.896097+00
d071bbf6-886f-89b5-9917-11076a5ed41c	2026-12-07 22:18:47.60327+00
beffb236-40d2-88d5-ab6f-851e2b3eaf8f	2026-12-07 22:19:45.675793+00
8774750b-b22f-8cb9-8976-332ef02c86dc	2026-12-07 22:19:46.37369+00
7ed25a23-2fb8-8ec0-9f37-5497717ff361	2026-12-07 22:19:47.135517+00
d280eec5-f0e4-88c1-8da6-8094789c7453	2026-12-07 22:19:47.87618+00
\.


--
-- Data for Name: messages; Type: TABLE DATA; Schema: eventagents_queue; Owner: -
--

COPY eventagents_queue.messages (id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at, visible_at, attempts, lease, last_error) FROM stdin;
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: eventagents_queue; Owner: -
--

COPY eventagents_queue.schema_migrations (module, version, name, checksum, applied_at) FROM stdin;
message-queue	1	queue	F42D348AC4DE4C628306E7BD4BE6E1EAA2FFDEA437DA01846BE1AF039619AA70	2026-12-07 22:17:44.999401+00
\.


--
-- Name: events_seq; Type: SEQUENCE SET; Schema: eventagents; Owner: -
--

SELECT pg_catalog.setval('eventagents.events_seq', 61, true);


--
-- Name: api_keys api_keys_hash_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.api_keys
    ADD CONSTRAINT api_keys_hash_key UNIQUE (hash);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (key_id);


--
-- Name: checkpoints checkpoints_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.checkpoints
    ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (name);


--
-- Name: commands commands_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.commands
    ADD CONSTRAINT commands_pkey PRIMARY KEY (command_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (seq);


--
-- Name: events events_stream_version; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.events
    ADD CONSTRAINT events_stream_version UNIQUE (stream_id, version);


--
-- Name: rm_agents rm_agents_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_agents
    ADD CONSTRAINT rm_agents_pkey PRIMARY KEY (agent_id);


--
-- Name: rm_agents rm_agents_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_agents
    ADD CONSTRAINT rm_agents_seq_key UNIQUE (seq);


--
-- Name: rm_board_columns rm_board_columns_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_board_columns
    ADD CONSTRAINT rm_board_columns_pkey PRIMARY KEY (board_id, status);


--
-- Name: rm_boards rm_boards_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_boards
    ADD CONSTRAINT rm_boards_pkey PRIMARY KEY (board_id);


--
-- Name: rm_boards rm_boards_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_boards
    ADD CONSTRAINT rm_boards_seq_key UNIQUE (seq);


--
-- Name: rm_chat_messages rm_chat_messages_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_chat_messages
    ADD CONSTRAINT rm_chat_messages_pkey PRIMARY KEY (session_id, message_id);


--
-- Name: rm_chat_messages rm_chat_messages_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_chat_messages
    ADD CONSTRAINT rm_chat_messages_seq_key UNIQUE (seq);


--
-- Name: rm_chat_sessions rm_chat_sessions_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_chat_sessions
    ADD CONSTRAINT rm_chat_sessions_pkey PRIMARY KEY (session_id);


--
-- Name: rm_chat_sessions rm_chat_sessions_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_chat_sessions
    ADD CONSTRAINT rm_chat_sessions_seq_key UNIQUE (seq);


--
-- Name: rm_pipeline_versions rm_pipeline_versions_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_pipeline_versions
    ADD CONSTRAINT rm_pipeline_versions_pkey PRIMARY KEY (pipeline_id, number);


--
-- Name: rm_pipelines rm_pipelines_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_pipelines
    ADD CONSTRAINT rm_pipelines_pkey PRIMARY KEY (pipeline_id);


--
-- Name: rm_pipelines rm_pipelines_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_pipelines
    ADD CONSTRAINT rm_pipelines_seq_key UNIQUE (seq);


--
-- Name: rm_projects rm_projects_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_projects
    ADD CONSTRAINT rm_projects_pkey PRIMARY KEY (project_id);


--
-- Name: rm_projects rm_projects_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_projects
    ADD CONSTRAINT rm_projects_seq_key UNIQUE (seq);


--
-- Name: rm_run_steps rm_run_steps_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_run_steps
    ADD CONSTRAINT rm_run_steps_pkey PRIMARY KEY (run_id, step_id);


--
-- Name: rm_runs rm_runs_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_runs
    ADD CONSTRAINT rm_runs_pkey PRIMARY KEY (run_id);


--
-- Name: rm_runs rm_runs_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_runs
    ADD CONSTRAINT rm_runs_seq_key UNIQUE (seq);


--
-- Name: rm_step_questions rm_step_questions_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_step_questions
    ADD CONSTRAINT rm_step_questions_pkey PRIMARY KEY (run_id, step_id, attempt, question_id);


--
-- Name: rm_step_questions rm_step_questions_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_step_questions
    ADD CONSTRAINT rm_step_questions_seq_key UNIQUE (seq);


--
-- Name: rm_step_tool_calls rm_step_tool_calls_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_step_tool_calls
    ADD CONSTRAINT rm_step_tool_calls_pkey PRIMARY KEY (run_id, step_id, attempt, sequence);


--
-- Name: rm_step_tool_calls rm_step_tool_calls_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_step_tool_calls
    ADD CONSTRAINT rm_step_tool_calls_seq_key UNIQUE (seq);


--
-- Name: rm_tasks rm_tasks_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_tasks
    ADD CONSTRAINT rm_tasks_pkey PRIMARY KEY (board_id, task_id);


--
-- Name: rm_tasks rm_tasks_seq_key; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.rm_tasks
    ADD CONSTRAINT rm_tasks_seq_key UNIQUE (seq);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (module, version);


--
-- Name: snapshots snapshots_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.snapshots
    ADD CONSTRAINT snapshots_pkey PRIMARY KEY (stream_id, version);


--
-- Name: streams streams_pkey; Type: CONSTRAINT; Schema: eventagents; Owner: -
--

ALTER TABLE ONLY eventagents.streams
    ADD CONSTRAINT streams_pkey PRIMARY KEY (stream_id);


--
-- Name: dead_letters dead_letters_pkey; Type: CONSTRAINT; Schema: eventagents_queue; Owner: -
--

ALTER TABLE ONLY eventagents_queue.dead_letters
    ADD CONSTRAINT dead_letters_pkey PRIMARY KEY (id);


--
-- Name: handled_messages handled_messages_pkey; Type: CONSTRAINT; Schema: eventagents_queue; Owner: -
--

ALTER TABLE ONLY eventagents_queue.handled_messages
    ADD CONSTRAINT handled_messages_pkey PRIMARY KEY (id);


--
-- Name: messages messages_pkey; Type: CONSTRAINT; Schema: eventagents_queue; Owner: -
--

ALTER TABLE ONLY eventagents_queue.messages
    ADD CONSTRAINT messages_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: eventagents_queue; Owner: -
--

ALTER TABLE ONLY eventagents_queue.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (module, version);


--
-- Name: rm_runs_agent; Type: INDEX; Schema: eventagents; Owner: -
--

CREATE INDEX rm_runs_agent ON eventagents.rm_runs USING btree (agent_id, seq) WHERE (agent_id IS NOT NULL);


--
-- Name: rm_runs_pipeline; Type: INDEX; Schema: eventagents; Owner: -
--

CREATE INDEX rm_runs_pipeline ON eventagents.rm_runs USING btree (pipeline_id, seq);


--
-- Name: rm_runs_project; Type: INDEX; Schema: eventagents; Owner: -
--

CREATE INDEX rm_runs_project ON eventagents.rm_runs USING btree (project_id, seq);


--
-- Name: rm_runs_status; Type: INDEX; Schema: eventagents; Owner: -
--

CREATE INDEX rm_runs_status ON eventagents.rm_runs USING btree (status, seq);


--
-- Name: rm_tasks_assignee; Type: INDEX; Schema: eventagents; Owner: -
--

CREATE INDEX rm_tasks_assignee ON eventagents.rm_tasks USING btree (assignee, seq);


--
-- Name: rm_tasks_status; Type: INDEX; Schema: eventagents; Owner: -
--

CREATE INDEX rm_tasks_status ON eventagents.rm_tasks USING btree (board_id, status, seq);


--
-- Name: dead_letters_queue; Type: INDEX; Schema: eventagents_queue; Owner: -
--

CREATE INDEX dead_letters_queue ON eventagents_queue.dead_letters USING btree (queue, failed_at);


--
-- Name: handled_messages_age; Type: INDEX; Schema: eventagents_queue; Owner: -
--

CREATE INDEX handled_messages_age ON eventagents_queue.handled_messages USING btree (handled_at);


--
-- Name: messages_due; Type: INDEX; Schema: eventagents_queue; Owner: -
--

CREATE INDEX messages_due ON eventagents_queue.messages USING btree (queue, visible_at);


--
-- Name: messages_lease; Type: INDEX; Schema: eventagents_queue; Owner: -
--

CREATE INDEX messages_lease ON eventagents_queue.messages USING btree (lease) WHERE (lease IS NOT NULL);


--
-- PostgreSQL database dump complete
--

\unrestrict eventagents5d1e336

