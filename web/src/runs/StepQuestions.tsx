import type { AskedQuestion, LiveStep } from './runState';
import { formatTime } from '../ui/format';

const waitsOn = (step: LiveStep, q: AskedQuestion) => !q.answer && step.question?.id === q.id && step.question.attempt === q.attempt;

/** The question a step's agent waits on, and every question its agents asked with the answers given. */
export function StepQuestions({ step }: { step: LiveStep }) {
  const history = step.questions ?? [];
  if (!step.question && history.length === 0) return null;
  return (
    <div className="mt-2 space-y-1">
      {step.question && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 font-medium text-amber-900" data-testid={`question-${step.stepId}`}>
          Waiting for your answer: <span className="whitespace-pre-wrap font-normal text-slate-900">{step.question.text}</span>
        </p>
      )}
      {history.length > 0 && (
        <ol className="space-y-1 text-xs" aria-label={`Questions of ${step.stepId}`}>
          {history.map((q) => (
            <li key={`${q.attempt}-${q.id}`} className="border-t pt-1">
              <p>
                <span className="text-slate-500">attempt {q.attempt} · {formatTime(q.askedAt)} · </span>
                <span className="whitespace-pre-wrap">{q.text}</span>
              </p>
              {q.answer ? (
                <p className="whitespace-pre-wrap text-green-800">
                  → {q.answer} <span className="text-slate-500">({q.answeredBy}, {formatTime(q.answeredAt)})</span>
                </p>
              ) : (
                <p className="italic text-slate-500">{waitsOn(step, q) ? 'waiting for an answer' : 'not answered'}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
