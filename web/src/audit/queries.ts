import { graphql } from '../graphql/graphql';

export const StreamVerificationQuery = graphql(`
  query StreamVerification($stream: String!) {
    streamEvents(stream: $stream, first: 0) {
      verification {
        valid
        eventsChecked
        problem {
          kind
          version
          position
          message
        }
      }
    }
  }
`);

export const StreamEventsSubscription = graphql(`
  subscription StreamEvents($stream: String!, $fromVersion: Long) {
    streamEvents(stream: $stream, fromVersion: $fromVersion) {
      eventId
      type
      version
      position
      at
      data
      actor
      correlationId
    }
  }
`);

export const AuditTargetsQuery = graphql(`
  query AuditTargets {
    runs(first: 20) {
      nodes {
        runId
        stream
        status
        pipelineId
      }
    }
    boards(first: 20) {
      nodes {
        boardId
        name
      }
    }
  }
`);
