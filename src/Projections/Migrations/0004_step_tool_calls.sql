-- The tool calls of each step attempt, as the agent reported them (arguments and result as reported, capped by the agent).
CREATE TABLE __schema__.rm_step_tool_calls (
    run_id       text NOT NULL,
    step_id      text NOT NULL,
    attempt      int NOT NULL,
    sequence     int NOT NULL,
    seq          bigint NOT NULL UNIQUE,
    tool         text NOT NULL,
    arguments    text NOT NULL,
    result       text NOT NULL,
    is_error     boolean NOT NULL,
    duration_ms  bigint NOT NULL,
    at           timestamptz NOT NULL,
    PRIMARY KEY (run_id, step_id, attempt, sequence)
);
