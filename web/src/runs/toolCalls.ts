/** A tool call as an agent reports it in its step output: `[tool] {arguments} -> result`. */
export interface ToolCall {
  tool: string;
  args: string;
  result: string;
}

const separator = ' -> ';

/** Arguments are JSON and may hold the separator themselves, so the split is at the first place where they parse. */
export function parseToolCall(text: string): ToolCall | null {
  const head = /^\[([\w.-]+)\] /.exec(text);
  if (!head) return null;
  const rest = text.slice(head[0].length);
  let first = -1;
  for (let at = rest.indexOf(separator); at >= 0; at = rest.indexOf(separator, at + 1)) {
    if (first < 0) first = at;
    try {
      JSON.parse(rest.slice(0, at));
      return { tool: head[1], args: rest.slice(0, at), result: rest.slice(at + separator.length) };
    } catch {
      // not the end of the arguments yet
    }
  }
  return first < 0 ? null : { tool: head[1], args: rest.slice(0, first), result: rest.slice(first + separator.length) };
}
