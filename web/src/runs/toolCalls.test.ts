import { parseToolCall } from './toolCalls';

describe('parseToolCall', () => {
  it('reads the tool, its arguments and its result from a reported output', () => {
    expect(parseToolCall('[write_file] {"path":"PLAN.md","content":"1. a -> b\\n"} -> Wrote 37 bytes to PLAN.md.')).toEqual({
      tool: 'write_file',
      args: '{"path":"PLAN.md","content":"1. a -> b\\n"}',
      result: 'Wrote 37 bytes to PLAN.md.',
    });
  });

  it('leaves plain output alone', () => {
    expect(parseToolCall('"Looks good."')).toBeNull();
    expect(parseToolCall('building')).toBeNull();
  });
});
