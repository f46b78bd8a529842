/**
 * A canvas view's text alternative: a visually hidden paragraph, named by the canvas's
 * aria-describedby, that reads the latest snapshot once a second (not per step: it is words
 * for a screen reader, and a React render per step is what the views avoid).
 */
import { useEffect, useState } from 'react';
import type { Snapshot } from '../../../workers/protocol';
import type { SnapshotStore } from '../data/snapshotStore';

const EVERY_MS = 1_000;

export function SnapshotDescription(props: {
  id: string;
  source: SnapshotStore;
  describe: (snapshot: Snapshot | null) => string;
}) {
  const { id, source, describe } = props;
  // The version seen last; the interval bumps it, and the text is made on render.
  const [, setSeen] = useState(source.version);
  useEffect(() => {
    const timer = setInterval(() => setSeen(source.version), EVERY_MS);
    return () => clearInterval(timer);
  }, [source]);
  const text = describe(source.current);
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}
