/**
 * The message line: refused input, imports, warnings from the run, and after divergence
 * the way back (the last good checkpoint, optionally with a smaller learning rate).
 */
import { useLab } from '../../state/labStore';
import { trainer } from '../../state/trainerClient';

function RollbackButtons() {
  const learningRate = useLab((s) => s.config?.training.learningRate ?? null);
  return (
    <span className="notice-actions">
      <button
        className="small"
        onClick={() => void trainer.rollback(null)}
        title="Restore the last good checkpoint (taken every 50 steps) and keep the settings"
      >
        Roll back
      </button>
      {learningRate !== null && (
        <button
          className="small"
          onClick={() => void trainer.rollback(learningRate / 10)}
          title={`Restore the last good checkpoint and continue with learning rate ${learningRate / 10}`}
        >
          Roll back, learning rate ÷10
        </button>
      )}
    </span>
  );
}

export function Notice() {
  const notice = useLab((s) => s.notice);
  const run = useLab((s) => s.run);
  const { notify } = useLab((s) => s.actions);
  if (!notice && !run.message) return null;
  return (
    <div className="notices">
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          {notice.text}
          {notice.action && (
            <button className="small" onClick={notice.action.run} title={notice.action.label}>
              {notice.action.label}
            </button>
          )}
          <button className="small" onClick={() => notify(null)} title="Dismiss this message">
            ×
          </button>
        </div>
      )}
      {run.message && (
        <div className="notice notice-warning" role="status" data-testid="run-message">
          {run.message}
          {run.status === 'diverged' && <RollbackButtons />}
        </div>
      )}
    </div>
  );
}
