-- The question a step's agent waits on a person to answer (cleared once answered, when the attempt ends or the run finishes).
ALTER TABLE __schema__.rm_run_steps ADD COLUMN question_id text, ADD COLUMN question_text text, ADD COLUMN question_asked_at timestamptz;
-- Every question the agents of a step asked, with its answer once given.
CREATE TABLE __schema__.rm_step_questions (
    run_id       text NOT NULL,
    step_id      text NOT NULL,
    attempt      int NOT NULL,
    question_id  text NOT NULL,
    seq          bigint NOT NULL UNIQUE,
    text         text NOT NULL,
    asked_at     timestamptz NOT NULL,
    answer       text,
    answered_by  text,
    answered_at  timestamptz,
    PRIMARY KEY (run_id, step_id, attempt, question_id)
);
