/**
 * The actions on a saved item, with a delete that asks first: Delete swaps the row's actions
 * for "Delete for good" and "Keep". Whether it is asking is the caller's state, so a list can
 * let one row ask at a time.
 */
import type { ReactNode } from 'react';
import './common.css';

export interface DeleteActionsProps {
  /** Asking whether to delete for good. */
  confirming: boolean;
  onConfirming(confirming: boolean): void;
  onDelete(): void;
  /** Hover texts of Delete, "Delete for good" and Keep. */
  titles: { ask: string; delete: string; keep: string };
  /** The other actions (e.g. Open), shown before Delete while not asking. */
  children: ReactNode;
}

export function DeleteActions(props: DeleteActionsProps) {
  const { confirming, onConfirming, titles } = props;
  return confirming ? (
    <>
      <button className="small danger" onClick={props.onDelete} title={titles.delete}>
        Delete for good
      </button>
      <button className="small" onClick={() => onConfirming(false)} title={titles.keep}>
        Keep
      </button>
    </>
  ) : (
    <>
      {props.children}
      <button className="small" onClick={() => onConfirming(true)} title={titles.ask}>
        Delete
      </button>
    </>
  );
}
