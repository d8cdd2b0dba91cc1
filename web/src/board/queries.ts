import { graphql } from '../graphql/graphql';

export const BoardsQuery = graphql(`
  query Boards {
    boards(first: 50) {
      nodes {
        boardId
        name
        projectId
      }
    }
  }
`);

export const BoardQuery = graphql(`
  query Board($id: ID!) {
    board(id: $id) {
      id
      boardId
      name
      projectId
      version
      columns {
        status
        name
        wipLimit
        tasks(first: 100) {
          nodes {
            id
            taskId
            title
            status
            assignee
            branch
            pullRequestUrl
            pullRequestNumber
            version
          }
        }
      }
    }
  }
`);

export const TaskQuery = graphql(`
  query Task($boardId: ID!, $taskId: ID!) {
    task(boardId: $boardId, taskId: $taskId) {
      id
      taskId
      boardId
      title
      description
      status
      assignee
      branch
      pullRequestNumber
      pullRequestUrl
      dependsOn
      createdAt
      updatedAt
      version
    }
  }
`);
