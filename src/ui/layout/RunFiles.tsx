/** Export the run as the versioned JSON file, or import one to inspect and continue it. */
import { MAX_RUN_FILE_BYTES, RUN_FILE_TOO_LARGE } from '../../core/serialization/runFile';
import { trainer } from '../../state/trainerClient';
import { useLab } from '../../state/labStore';
import { downloadText, FileButton } from '../common';

export function RunFiles() {
  const run = useLab((s) => s.run);
  const config = useLab((s) => s.config);
  const { notify } = useLab((s) => s.actions);
  const name = config
    ? `${config.task.kind}-${config.geometry.manifold}-seed${config.seed}-step${run.step}`
    : 'run';
  const onExport = async () =>
    downloadText(await trainer.exportRun(), `${name}.run.json`, 'application/json');
  const onExportCsr = async () =>
    downloadText(await trainer.exportCsr(), `${name}.csr.json`, 'application/json');
  const onImport = async (file: File) => {
    // Refused before reading: file.text() of a huge file would hold it all in memory first.
    if (file.size > MAX_RUN_FILE_BYTES)
      notify({ kind: 'error', text: `Import refused: ${RUN_FILE_TOO_LARGE}` });
    else await trainer.importRun(await file.text());
  };
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
        onClick={() => void onExport()}
        title="Download the run (config, seed, weights, masks, embedding, metrics) as JSON"
      >
        Export
      </button>
      <button
        onClick={() => void onExportCsr()}
        title="Download the pruned W_hh in compressed sparse rows (indptr, indices, data, shape: scipy.sparse.csr_matrix's fields), to run or study the sparse network elsewhere"
      >
        CSR
      </button>
      <FileButton
        title="Open a run file exported from the lab or the CLI"
        accept=".json,application/json"
        testId="import-input"
        onFile={onImport}
      >
        Import
      </FileButton>
    </span>
  );
}
