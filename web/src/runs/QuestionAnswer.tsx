import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { AnswerStepQuestionMutation } from './queries';
import { outcomeMessage } from './RunActions';
import type { PendingQuestion } from './runState';
import { formatTime } from '../ui/format';
import { Notice } from '../ui/Notice';

/** Longest answer the server accepts, in characters. */
const maxAnswerLength = 16000;

/** The question a step's agent waits on, with a box to answer it; the run's live changes take it away once answered. */
export function QuestionAnswer({ runId, stepId, question, onAnswered }: { runId: string; stepId: string; question: PendingQuestion; onAnswered: () => void }) {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, send] = useMutation(AnswerStepQuestionMutation);
  const questionTextId = useId();
  const submit = async () => {
    setBusy(true);
    const message = outcomeMessage(await send({ input: { runId, stepId, questionId: question.id, answer } }));
    setBusy(false);
    setError(message);
    onAnswered();
  };
  return (
    <div role="group" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" aria-label={`Question of ${stepId}`}>
      <p className="text-sm font-medium text-amber-900">
        The agent of “{stepId}” asks you (attempt {question.attempt}, {formatTime(question.askedAt)}):
      </p>
      <p id={questionTextId} className="whitespace-pre-wrap text-sm text-slate-900">{question.text}</p>
      <textarea
        aria-label="Your answer"
        aria-describedby={questionTextId}
        value={answer}
        maxLength={maxAnswerLength}
        onChange={(e) => setAnswer(e.target.value)}
        className="w-full rounded border p-2 text-sm"
        rows={3}
      />
      <button type="button" disabled={busy || !answer.trim()} className="rounded bg-amber-700 px-3 py-1 text-white disabled:opacity-50" onClick={submit}>
        Answer
      </button>
      {error && <Notice>{error}</Notice>}
    </div>
  );
}
