/**
 * Export the run file (binary .npz by default, JSON too), or import one of either format to
 * inspect and continue it. The worker writes the file in parts (a Blob of parts, never one
 * string), with a progress bar while it does; imports are read a range at a time.
 */
import { useRef, useState } from 'react';
import type { RunFormat } from '../../core/serialization/runFiles';
import { trainer } from '../../state/trainerClient';
import { useLab } from '../../state/labStore';
import { downloadBlob, downloadText, FileButton } from '../common';

export function RunFiles() {
  const run = useLab((s) => s.run);
  const config = useLab((s) => s.config);
  const { notify } = useLab((s) => s.actions);
  const name = config
    ? `${config.task.kind}-${config.geometry.manifold}-seed${config.seed}-step${run.step}`
    : 'run';
  const [progress, setProgress] = useState<number | null>(null);
  // Progress comes on its own channel and can land after the reply: only while exporting.
  const exporting = useRef(false);
  const onExport = async (format: RunFormat) => {
    exporting.current = true;
    setProgress(0);
    try {
      const blob = await trainer.exportRunFile(format, (done, total) => {
        if (exporting.current) setProgress(done / total);
      });
      downloadBlob(blob, `${name}.run.${format}`);
    } finally {
      exporting.current = false;
      setProgress(null);
    }
  };
  const onExportCsr = async () =>
    downloadText(await trainer.exportCsr(), `${name}.csr.json`, 'application/json');
  // The worker reads the File a range at a time (a JSON file over 200 MB is refused unread).
  const onImport = async (file: File) => void (await trainer.importRunFile(file));
  const onCopyLink = async () => {
    await navigator.clipboard.writeText(window.location.href);
    notify({
      kind: 'info',
      text: 'Link copied: it opens the lab with this run’s settings and seed.',
    });
  };
  return (
    <span className="run-files">
      <button
        onClick={() => void onCopyLink()}
        title="Copy a link that opens the lab with these settings and this seed"
      >
        Copy link
      </button>
      <button
        onClick={() => void onExport('npz')}
        disabled={progress !== null}
        title="Download the run (config, seed, weights, masks, embedding, Adam, metrics) as a binary .npz: np.load reads it, and docs/pytorch_model.py loads it into PyTorch"
      >
        Export
      </button>
      <button
        onClick={() => void onExport('json')}
        disabled={progress !== null}
        title="Download the same run file as JSON text (weights and embedding as nested rows)"
      >
        JSON
      </button>
      {progress !== null && (
        <progress
          className="export-progress"
          aria-label="Writing the run file"
          value={progress}
          max={1}
        />
      )}
      <button
        onClick={() => void onExportCsr()}
        title="Download the pruned W_hh in compressed sparse rows (indptr, indices, data, shape: scipy.sparse.csr_matrix's fields), to run or study the sparse network elsewhere"
      >
        CSR
      </button>
      <FileButton
        title="Open a run file exported from the lab or the CLI"
        accept=".npz,.json,application/zip,application/json"
        testId="import-input"
        onFile={onImport}
      >
        Import
      </FileButton>
    </span>
  );
}
