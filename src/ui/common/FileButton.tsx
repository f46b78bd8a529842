/**
 * A button that opens the file chooser: the real file input stays hidden (it cannot be
 * styled), and is emptied after each file so that choosing the same file again still counts.
 */
import { useRef, type ReactNode } from 'react';

export interface FileButtonProps {
  /** What the button opens, on hover. */
  title: string;
  /** The chooser's filter, e.g. ".json,application/json". */
  accept: string;
  /** For tests, which set the input's files directly. */
  testId: string;
  onFile(file: File): void | Promise<void>;
  children: ReactNode;
}

export function FileButton({ title, accept, testId, onFile, children }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = async (file: File | undefined) => {
    if (!file) return;
    try {
      await onFile(file);
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <button onClick={() => input.current?.click()} title={title}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => void onChange(e.target.files?.[0])}
      />
    </>
  );
}
