import { parseDocument } from 'yaml';

export interface LineError {
  line: number;
  column: number;
  message: string;
}

/**
 * The YAML syntax errors of a pipeline source with their lines. Errors about the pipeline itself (unknown step,
 * unbounded loop) come from the server's validation, which reports lines the same way (ValidationError.line).
 */
export function yamlErrors(source: string): LineError[] {
  const doc = parseDocument(source, { prettyErrors: true });
  return doc.errors.map((error) => ({
    line: error.linePos?.[0].line ?? 1,
    column: error.linePos?.[0].col ?? 1,
    message: error.message.split('\n')[0],
  }));
}
