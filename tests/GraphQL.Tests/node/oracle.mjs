// Reads one JSON request on stdin and answers with JSON on stdout; graphql-js is the oracle.
import * as g from 'graphql';

const handlers = {
  introspectionQuery: () => g.getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
  clientSchema: ({ introspection }) => {
    const schema = g.buildClientSchema(introspection);
    return { printed: g.printSchema(schema), errors: g.validateSchema(schema).map((e) => e.message) };
  },
};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  process.stdout.write(JSON.stringify(handlers[request.command](request)));
});
