// The benchmark schema and data, the same shape as BenchSchema.cs: user(id) { id name email } over an in-memory map.
import { buildSchema } from 'graphql';

export const schema = buildSchema(`
  type Query { user(id: ID!): User }
  type User { id: ID! name: String! email: String! }
`);

const users = new Map();
for (let i = 0; i < 100; i++) {
  users.set(String(i), { id: String(i), name: `User ${i}`, email: `user${i}@example.com` });
}

export const rootValue = { user: ({ id }) => users.get(id) ?? null };
