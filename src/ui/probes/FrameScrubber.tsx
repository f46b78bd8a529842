/**
 * The probe's time axis as a slider: follows the animation in its own frame loop (no React
 * render per frame) and seeks when dragged.
 */
import { useRef } from 'react';
import { useAnimationFrame } from '../views/canvasHooks';
import type { ActivitySource } from './activityStore';

export interface FrameScrubberProps {
  playhead: ActivitySource;
  /** Last frame index (the probe's T). */
  last: number;
  onSeek(frame: number): void;
}

export function FrameScrubber({ playhead, last, onSeek }: FrameScrubberProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  const shown = useRef(-1);
  useAnimationFrame(() => {
    if (shown.current === playhead.version || !inputRef.current || !labelRef.current) return;
    shown.current = playhead.version;
    inputRef.current.value = String(playhead.frame);
    labelRef.current.textContent = `t = ${playhead.frame} (${(playhead.frame * 0.02).toFixed(2)} s)`;
  });
  return (
    <label
      className="pr-slider pr-scrubber"
      title="Time step on show: frame 0 is h0, frame t is h_t after t steps. Drag to look at any step."
    >
      <span>time</span>
      <input
        ref={inputRef}
        type="range"
        min={0}
        max={last}
        step={1}
        defaultValue={0}
        onChange={(e) => onSeek(Number(e.target.value))}
      />
      <span ref={labelRef} className="mv-value">
        t = 0
      </span>
    </label>
  );
}
