import { graphql } from './graphql';

/** A command's refusals: a conflict carries the versions describeError explains it with. */
export const CommandErrorFields = graphql(`
  fragment CommandErrorFields on UserError @_unmask {
    __typename
    code
    message
    ... on ConflictError {
      expectedVersion
      actualVersion
    }
  }
`);

/** The refusals of a command that takes a pipeline: a validation error points at the place in the YAML. */
export const ValidationErrorFields = graphql(`
  fragment ValidationErrorFields on UserError @_unmask {
    __typename
    code
    message
    ... on ValidationError {
      path
      line
      column
    }
  }
`);
