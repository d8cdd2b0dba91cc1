-- The board task a run works on, and the agent that claimed it (runs started by an agent's pulse).
ALTER TABLE __schema__.rm_runs ADD COLUMN task_board_id text, ADD COLUMN task_id text, ADD COLUMN agent_id text;
CREATE INDEX rm_runs_agent ON __schema__.rm_runs (agent_id, seq) WHERE agent_id IS NOT NULL;
