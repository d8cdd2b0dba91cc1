'use strict';
// Reads one JSON request on stdin, answers with JSON on stdout. graphql-js is the oracle.
const g = require('graphql');

function locate(e) {
  return { message: e.message, locations: (e.locations || []).map((l) => [l.line, l.column]) };
}

function parseOrError(text) {
  try {
    return { doc: g.parse(text) };
  } catch (e) {
    return { error: locate(e) };
  }
}

const handlers = {
  print({ documents }) {
    return documents.map((text) => {
      const r = parseOrError(text);
      return r.error ? { ok: false, error: r.error } : { ok: true, printed: g.print(r.doc) };
    });
  },
  validate({ sdl, documents }) {
    const schema = g.buildSchema(sdl);
    return documents.map((text) => {
      const r = parseOrError(text);
      if (r.error) return { parsed: false, error: r.error };
      try {
        const errors = g.validate(schema, r.doc).map(locate);
        const rules = [];
        for (const rule of g.specifiedRules) {
          const n = g.validate(schema, r.doc, [rule]).length;
          if (n > 0) rules.push(rule.name.replace(/Rule$/, ''));
        }
        return { parsed: true, errors, rules };
      } catch (e) {
        return { parsed: true, crashed: String(e) };
      }
    });
  },
  execute({ sdl, rootValue, requests }) {
    const schema = g.buildSchema(sdl);
    return requests.map(({ query, variables, operationName }) => {
      const result = g.graphqlSync({ schema, source: query, rootValue, variableValues: variables, operationName });
      return JSON.parse(JSON.stringify(result));
    });
  },
  printSchema({ sdl }) {
    return g.printSchema(g.buildSchema(sdl));
  },
  clientSchema({ introspection }) {
    const schema = g.buildClientSchema(introspection);
    return { printed: g.printSchema(schema), errors: g.validateSchema(schema).map(locate) };
  },
  validateSchema({ sdl }) {
    return g.validateSchema(g.buildSchema(sdl, { assumeValidSDL: false })).map(locate);
  },
  schemaErrors({ sdls }) {
    return sdls.map((sdl) => {
      try {
        return g.validateSchema(g.buildSchema(sdl)).map((e) => e.message);
      } catch (e) {
        return [String(e.message)];
      }
    });
  },
  introspectionQuery() {
    return g.getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
  },
};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const result = handlers[request.command](request);
  process.stdout.write(JSON.stringify(result));
});
