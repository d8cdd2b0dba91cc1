-- The chat session's stream version, so a mutation's answer can wait for the read model to show its change.
ALTER TABLE __schema__.rm_chat_sessions ADD COLUMN version bigint NOT NULL DEFAULT 0;
