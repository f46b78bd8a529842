/** Export the run as the versioned JSON file, or import one to inspect and continue it. */
import { useRef } from 'react';
import { MAX_RUN_FILE_BYTES, RUN_FILE_TOO_LARGE } from '../../core/serialization/runFile';
import { trainer } from '../../state/trainerClient';
import { useLab } from '../../state/labStore';

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function RunFiles() {
  const input = useRef<HTMLInputElement>(null);
  const run = useLab((s) => s.run);
  const config = useLab((s) => s.config);
  const { notify } = useLab((s) => s.actions);
  const onExport = async () => {
    const text = await trainer.exportRun();
    const name = config
      ? `${config.task.kind}-${config.geometry.manifold}-seed${config.seed}-step${run.step}`
      : 'run';
    download(text, `${name}.run.json`);
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    // Refused before reading: file.text() of a huge file would hold it all in memory first.
    if (file.size > MAX_RUN_FILE_BYTES)
      notify({ kind: 'error', text: `Import refused: ${RUN_FILE_TOO_LARGE}` });
    else await trainer.importRun(await file.text());
    if (input.current) input.current.value = '';
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
        onClick={() => input.current?.click()}
        title="Open a run file exported from the lab or the CLI"
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-input"
        onChange={(e) => void onImport(e.target.files?.[0])}
      />
    </span>
  );
}
