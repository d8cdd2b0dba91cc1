-- Read models kept by the projections. Every value comes from the events (never now()),
-- so a rebuild from the first event gives identical rows. seq is the global position of the
-- event that created a row: a stable order for pagination.

CREATE TABLE __schema__.rm_runs (
    run_id            text PRIMARY KEY,
    seq               bigint NOT NULL UNIQUE,
    project_id        text NOT NULL,
    pipeline_id       text NOT NULL,
    pipeline_version  int NOT NULL,
    status            text NOT NULL,
    requested_by      text NOT NULL,
    inputs            jsonb NOT NULL,
    requested_at      timestamptz NOT NULL,
    started_at        timestamptz,
    finished_at       timestamptz,
    current_step      text,
    reason            text,
    version           bigint NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX rm_runs_status ON __schema__.rm_runs (status, seq);
CREATE INDEX rm_runs_project ON __schema__.rm_runs (project_id, seq);
CREATE INDEX rm_runs_pipeline ON __schema__.rm_runs (pipeline_id, seq);

CREATE TABLE __schema__.rm_run_steps (
    run_id        text NOT NULL,
    step_id       text NOT NULL,
    seq           bigint NOT NULL,
    status        text NOT NULL,
    attempt       int NOT NULL,
    iteration     int NOT NULL,
    retries       int NOT NULL,
    item          text,
    queued_at     timestamptz,
    started_at    timestamptz,
    finished_at   timestamptz,
    due_at        timestamptz,
    result        text,
    output        text,
    tokens        int NOT NULL,
    cost_usd      numeric NOT NULL,
    reason        text,
    version       bigint NOT NULL,
    PRIMARY KEY (run_id, step_id)
);

CREATE TABLE __schema__.rm_projects (
    project_id      text PRIMARY KEY,
    seq             bigint NOT NULL UNIQUE,
    name            text NOT NULL,
    repository      text NOT NULL,
    default_branch  text NOT NULL,
    board_id        text,
    archived        boolean NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL
);

CREATE TABLE __schema__.rm_agents (
    agent_id        text PRIMARY KEY,
    seq             bigint NOT NULL UNIQUE,
    name            text NOT NULL,
    persona         text NOT NULL,
    model           text NOT NULL,
    tools           text[] NOT NULL,
    pulse_seconds   bigint,
    board_id        text,
    columns         text[] NOT NULL,
    retired         boolean NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL
);

CREATE TABLE __schema__.rm_pipelines (
    pipeline_id     text PRIMARY KEY,
    seq             bigint NOT NULL UNIQUE,
    latest_version  int NOT NULL,
    name            text NOT NULL,
    description     text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL
);

CREATE TABLE __schema__.rm_pipeline_versions (
    pipeline_id     text NOT NULL,
    number          int NOT NULL,
    name            text NOT NULL,
    source          text NOT NULL,
    step_ids        text[] NOT NULL,
    defined_by      text NOT NULL,
    defined_at      timestamptz NOT NULL,
    PRIMARY KEY (pipeline_id, number)
);

CREATE TABLE __schema__.rm_boards (
    board_id    text PRIMARY KEY,
    seq         bigint NOT NULL UNIQUE,
    project_id  text NOT NULL,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint NOT NULL
);

CREATE TABLE __schema__.rm_board_columns (
    board_id   text NOT NULL,
    status     text NOT NULL,
    ordinal    int NOT NULL,
    name       text NOT NULL,
    wip_limit  int,
    PRIMARY KEY (board_id, status)
);

CREATE TABLE __schema__.rm_tasks (
    board_id      text NOT NULL,
    task_id       text NOT NULL,
    seq           bigint NOT NULL UNIQUE,
    title         text NOT NULL,
    description   text NOT NULL,
    status        text NOT NULL,
    assignee      text,
    branch        text,
    pr_number     int,
    pr_url        text,
    depends_on    text[] NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       int NOT NULL,
    PRIMARY KEY (board_id, task_id)
);
CREATE INDEX rm_tasks_status ON __schema__.rm_tasks (board_id, status, seq);
CREATE INDEX rm_tasks_assignee ON __schema__.rm_tasks (assignee, seq);

CREATE TABLE __schema__.rm_chat_sessions (
    session_id     text PRIMARY KEY,
    seq            bigint NOT NULL UNIQUE,
    agent_id       text NOT NULL,
    user_id        text NOT NULL,
    project_id     text,
    ended          boolean NOT NULL,
    ended_by       text,
    message_count  int NOT NULL,
    started_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE TABLE __schema__.rm_chat_messages (
    session_id  text NOT NULL,
    message_id  text NOT NULL,
    seq         bigint NOT NULL UNIQUE,
    author      text NOT NULL,
    author_id   text NOT NULL,
    text        text NOT NULL,
    at          timestamptz NOT NULL,
    PRIMARY KEY (session_id, message_id)
);
