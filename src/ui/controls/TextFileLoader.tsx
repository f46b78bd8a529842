/**
 * The text task's own corpus: a .txt file (or WikiText-2's train file) read as bytes and
 * checked in the worker; a binary or badly encoded file is refused and nothing changes.
 */
import { useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { useLab } from '../../state/labStore';
import { applyConfig, trainer } from '../../state/trainerClient';
import { FileButton } from '../common';

export function TextFileLoader({ config }: { config: RunConfig }) {
  const [loaded, setLoaded] = useState<string | null>(null);
  const { setFieldError } = useLab((s) => s.actions);
  const onFile = async (file: File) => {
    if (config.task.kind !== 'text') return;
    const reply = await trainer.loadText(await file.arrayBuffer(), file.name);
    if (!reply.ok) {
      setFieldError('task.corpus', reply.error);
      return;
    }
    setFieldError('task.corpus', null);
    setLoaded(`${reply.value.name} (${(reply.value.bytes / 1024).toFixed(0)} KB)`);
    await applyConfig({ ...config, task: { ...config.task, corpus: 'custom' } });
  };
  return (
    <div
      className="field"
      title="Train on your own plain-text file (UTF-8, up to 16 MB); it stays in this browser"
    >
      <FileButton
        title="Choose a .txt file to train the text task on"
        accept=".txt,.raw,.tokens,text/plain"
        testId="text-input"
        onFile={onFile}
      >
        Load text file…
      </FileButton>
      <span className="readout" data-testid="text-file">
        {loaded ??
          (config.task.kind === 'text' && config.task.corpus === 'custom'
            ? 'your file'
            : 'shipped book')}
      </span>
    </div>
  );
}
