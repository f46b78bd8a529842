/**
 * Step-by-step mode: the worker takes one training step and reports its numbers; this walks
 * the class through it, one stage at a time (forward, task loss, penalty, gradient, update,
 * pruning), each with its formula filled in.
 */
import { useState } from 'react';
import { explainStep, type StepBreakdown } from '../../core/probes/explainStep';
import '../common/common.css';
import './lessons.css';

export interface StepWalkthroughProps {
  /** Takes one training step in the worker and returns what it measured (null: refused). */
  onStep(): Promise<StepBreakdown | null>;
  /** Why a step cannot be taken now (e.g. "pause training first"), or null. */
  disabledReason?: string | null;
  /** A step already measured, shown before the first click (e.g. after a remount). */
  initial?: StepBreakdown | null;
}

export function StepWalkthrough({
  onStep,
  disabledReason = null,
  initial = null,
}: StepWalkthroughProps) {
  const [breakdown, setBreakdown] = useState<StepBreakdown | null>(initial);
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const stages = breakdown ? explainStep(breakdown) : [];
  const stage = stages[index];

  const step = async () => {
    setBusy(true);
    setError(null);
    try {
      const b = await onStep();
      if (b) {
        setBreakdown(b);
        setIndex(0);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lab-panel ls-walk" aria-label="One training step, explained">
      <div className="ls-walk-head">
        <button
          disabled={busy || disabledReason !== null}
          onClick={() => void step()}
          title={`Take exactly one training step and explain it stage by stage${disabledReason ? ` (unavailable: ${disabledReason})` : ''}`}
        >
          {breakdown ? 'Next training step' : 'Take one step'}
        </button>
        {breakdown && (
          <span className="mv-value" title="The step explained (counted from 1) and its epoch">
            step {breakdown.step + 1}, epoch {breakdown.epoch + 1}/{breakdown.epochs}
          </span>
        )}
      </div>
      {stages.length > 0 && (
        <ol className="ls-stages">
          {stages.map((s, i) => (
            <li key={s.stage}>
              <button
                className={`small${i === index ? ' ls-current' : ''}`}
                onClick={() => setIndex(i)}
                title={`Stage ${i + 1} of ${stages.length}: ${s.title}`}
                aria-current={i === index ? 'step' : undefined}
              >
                {i + 1}. {s.title}
              </button>
            </li>
          ))}
        </ol>
      )}
      {stage ? (
        <article
          className="ls-stage"
          title={`What happens in the ${stage.stage} stage of this step`}
        >
          <h4>{stage.title}</h4>
          <p>{stage.text}</p>
        </article>
      ) : (
        <p className="mv-note" title="How the step-by-step mode works">
          Take one step to see what the network computes in it, from the forward pass to pruning.
        </p>
      )}
      {error && (
        <p className="ls-error" title="The step was refused; nothing changed">
          {error}
        </p>
      )}
      {stages.length > 0 && (
        <div className="ls-nav">
          <button
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
            title="Previous stage of this step"
          >
            Back
          </button>
          <button
            disabled={index >= stages.length - 1}
            onClick={() => setIndex(index + 1)}
            title="Next stage of this step"
          >
            Next
          </button>
        </div>
      )}
    </section>
  );
}
