/** The message line: refused input, imports, divergence and warnings from the run. */
import { useLab } from '../../state/labStore';

export function Notice() {
  const notice = useLab((s) => s.notice);
  const runMessage = useLab((s) => s.run.message);
  const { notify } = useLab((s) => s.actions);
  if (!notice && !runMessage) return null;
  return (
    <div className="notices">
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          {notice.text}
          <button className="small" onClick={() => notify(null)} title="Dismiss">
            ×
          </button>
        </div>
      )}
      {runMessage && (
        <div className="notice notice-warning" role="status" data-testid="run-message">
          {runMessage}
        </div>
      )}
    </div>
  );
}
