import { CommandErrorFields, ValidationErrorFields } from '../graphql/errorFragments';
import { graphql } from '../graphql/graphql';

/** What a run shows wherever it is listed or opened. */
const RunSummaryFields = graphql(`
  fragment RunSummaryFields on Run @_unmask {
    id
    runId
    status
    projectId
    pipelineId
    pipelineVersion
    requestedBy
    requestedAt
    finishedAt
    version
  }
`);

/** A question a step's agent asked, as the run query's steps and the live step states carry it. */
const StepQuestionFields = graphql(`
  fragment StepQuestionFields on StepQuestion @_unmask {
    id
    text
    askedAt
    attempt
  }
`);

export const RunsQuery = graphql(`
  query Runs($status: RunStatus, $pipelineId: ID, $projectId: ID) {
    runs(first: 50, status: $status, pipelineId: $pipelineId, projectId: $projectId) {
      nodes {
        ...RunSummaryFields
        currentStep
      }
    }
  }
`, [RunSummaryFields]);

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
      ...RunSummaryFields
      inputs
      startedAt
      reason
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
        question {
          ...StepQuestionFields
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
        questions {
          ...StepQuestionFields
          answer
          answeredBy
          answeredAt
        }
      }
    }
  }
`, [RunSummaryFields, StepQuestionFields]);

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
          ...StepQuestionFields
        }
      }
    }
  }
`, [StepQuestionFields]);

export const StartRunMutation = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      runId
      version
      errors { ...ValidationErrorFields }
    }
  }
`, [ValidationErrorFields]);

export const CancelRunMutation = graphql(`
  mutation CancelRun($input: CancelRunInput!) {
    cancelRun(input: $input) {
      version
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);

export const PauseRunMutation = graphql(`
  mutation PauseRun($input: PauseRunInput!) {
    pauseRun(input: $input) {
      version
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);

export const ResumeRunMutation = graphql(`
  mutation ResumeRun($input: ResumeRunInput!) {
    resumeRun(input: $input) {
      version
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);

export const ApproveGateMutation = graphql(`
  mutation ApproveGate($input: ApproveGateInput!) {
    approveGate(input: $input) {
      version
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);

export const RejectGateMutation = graphql(`
  mutation RejectGate($input: RejectGateInput!) {
    rejectGate(input: $input) {
      version
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);

export const AnswerStepQuestionMutation = graphql(`
  mutation AnswerStepQuestion($input: AnswerStepQuestionInput!) {
    answerStepQuestion(input: $input) {
      version
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);
