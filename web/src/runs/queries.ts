import { graphql } from '../graphql/graphql';

export const RunsQuery = graphql(`
  query Runs($status: RunStatus, $pipelineId: ID, $projectId: ID) {
    runs(first: 50, status: $status, pipelineId: $pipelineId, projectId: $projectId) {
      nodes {
        id
        runId
        status
        projectId
        pipelineId
        pipelineVersion
        requestedBy
        requestedAt
        finishedAt
        currentStep
        version
      }
    }
  }
`);

export const RunsChangedSubscription = graphql(`
  subscription RunsChanged($status: RunStatus, $projectId: ID) {
    runsChanged(status: $status, projectId: $projectId) {
      id
      runId
      status
      currentStep
      version
      finishedAt
    }
  }
`);

export const PipelinesQuery = graphql(`
  query Pipelines {
    pipelines(first: 100) {
      nodes {
        id
        pipelineId
        projectId
        name
        description
        latestVersion
        updatedAt
        versions {
          number
          source
          stepIds
          definedBy
          definedAt
        }
      }
    }
  }
`);

export const RunQuery = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      id
      runId
      status
      projectId
      pipelineId
      pipelineVersion
      requestedBy
      inputs
      requestedAt
      startedAt
      finishedAt
      reason
      version
      stream
      pipeline {
        id
        name
        versions {
          number
          source
        }
      }
      steps {
        stepId
        status
        attempt
        iteration
        retries
        result
        output
        reason
        usage {
          tokens
          costUsd
        }
        toolCalls {
          attempt
          sequence
          tool
          arguments
          result
          isError
          durationMs
        }
        question {
          id
          text
          askedAt
          attempt
        }
        questions {
          id
          text
          askedAt
          attempt
          answer
          answeredBy
          answeredAt
        }
      }
    }
  }
`);

export const RunChangedSubscription = graphql(`
  subscription RunChanged($runId: ID!, $fromVersion: Long) {
    runChanged(runId: $runId, fromVersion: $fromVersion) {
      runId
      version
      type
      at
      runStatus
      stepId
      output
      result
      step {
        stepId
        status
        attempt
        iteration
        retries
        output
        result
        reason
        usage {
          tokens
          costUsd
        }
        question {
          id
          text
          askedAt
          attempt
        }
      }
    }
  }
`);

export const StartRunMutation = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      runId
      version
      errors { __typename code message ... on ValidationError { path line column } }
    }
  }
`);

export const CancelRunMutation = graphql(`
  mutation CancelRun($input: CancelRunInput!) {
    cancelRun(input: $input) {
      version
      errors { __typename code message ... on ConflictError { expectedVersion actualVersion } }
    }
  }
`);

export const PauseRunMutation = graphql(`
  mutation PauseRun($input: PauseRunInput!) {
    pauseRun(input: $input) {
      version
      errors { __typename code message ... on ConflictError { expectedVersion actualVersion } }
    }
  }
`);

export const ResumeRunMutation = graphql(`
  mutation ResumeRun($input: ResumeRunInput!) {
    resumeRun(input: $input) {
      version
      errors { __typename code message ... on ConflictError { expectedVersion actualVersion } }
    }
  }
`);

export const ApproveGateMutation = graphql(`
  mutation ApproveGate($input: ApproveGateInput!) {
    approveGate(input: $input) {
      version
      errors { __typename code message ... on ConflictError { expectedVersion actualVersion } }
    }
  }
`);

export const RejectGateMutation = graphql(`
  mutation RejectGate($input: RejectGateInput!) {
    rejectGate(input: $input) {
      version
      errors { __typename code message ... on ConflictError { expectedVersion actualVersion } }
    }
  }
`);

export const AnswerStepQuestionMutation = graphql(`
  mutation AnswerStepQuestion($input: AnswerStepQuestionInput!) {
    answerStepQuestion(input: $input) {
      version
      errors { __typename code message ... on ConflictError { expectedVersion actualVersion } }
    }
  }
`);
