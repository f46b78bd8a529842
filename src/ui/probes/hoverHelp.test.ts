/**
 * Every control and visual encoding explains itself on hover (docs/contributing.md §Conventions):
 * each button, input, select, canvas and svg of the probe and lesson components, rendered
 * statically, sits in or under an element with a non-empty title.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { runProbe } from '../../core/probes/runProbe';
import { stepBreakdown } from '../../core/probes/testing';
import { LessonPanel } from '../lessons/LessonPanel';
import { StepWalkthrough } from '../lessons/StepWalkthrough';
import { ActivityLegend } from './ActivityLegend';
import { ActivityStore } from './activityStore';
import { PersistenceChart } from './PersistenceChart';
import { ProbeControls, type ProbeControlsProps } from './ProbeControls';
import { ProbePanel } from './ProbePanel';

const CONTROLS = new Set(['button', 'input', 'select', 'canvas', 'svg', 'option']);
const VOID = new Set(['input', 'br', 'img', 'hr', 'meta', 'link']);

/** Controls (tag names) with no title on themselves or any ancestor. */
function untitled(markup: string): string[] {
  const stack: boolean[] = [];
  const missing: string[] = [];
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>/g)) {
    const [, closing, tag, attrs, selfClosing] = m;
    if (closing) {
      stack.pop();
      continue;
    }
    const titled = /\stitle="[^"]+"/.test(attrs) || stack.some(Boolean);
    if (CONTROLS.has(tag.toLowerCase()) && !titled) missing.push(tag + attrs.slice(0, 40));
    if (!VOID.has(tag.toLowerCase()) && !selfClosing) stack.push(titled);
  }
  return missing;
}

const render = (el: ReactElement) => renderToStaticMarkup(el);
const noop = () => {};

const controls: ProbeControlsProps = {
  navigation: true,
  steps: 100,
  onSteps: noop,
  noise: 0.5,
  onNoise: noop,
  kickAt: 30,
  onKickAt: noop,
  pathSteps: 12,
  busy: false,
  disabledReason: null,
  onRun: noop,
  playing: false,
  canPlay: true,
  onPlayPause: noop,
  onRestart: noop,
  framesPerSecond: 20,
  onFramesPerSecond: noop,
  scalePerFrame: false,
  onScalePerFrame: noop,
  onClear: noop,
};

describe('hover explanations', () => {
  test('the checker finds an untitled button', () => {
    expect(untitled('<div><button>x</button></div>')).toHaveLength(1);
    expect(untitled('<label title="t"><input type="range"/></label>')).toHaveLength(0);
  });

  test('probe panel, controls, legend and persistence chart', () => {
    const store = new ActivityStore();
    const result = runProbe(
      { start: { kind: 'random', seed: 1 }, steps: 5, velocities: null, perturb: null },
      {
        weights: {
          wih: new Float32Array(4),
          whh: Float32Array.of(1, 0, 0, 1),
          decoder: Float32Array.of(1, 1),
        },
        n: 2,
        activation: 'relu',
        placeCells: null,
      },
    );
    const markups = [
      render(createElement(ProbeControls, controls)),
      render(
        createElement(ProbeControls, {
          ...controls,
          navigation: false,
          disabledReason: 'no model',
        }),
      ),
      render(
        createElement(ProbePanel, {
          onRun: () => Promise.resolve(result),
          placeCellCentres: Float32Array.of(0, 0, 0.5, 0.5),
          hidden: 2,
          activity: store,
        }),
      ),
      render(createElement(ActivityLegend, { maxRef: { current: null } })),
      render(createElement(PersistenceChart, { result, playhead: store })),
    ];
    for (const markup of markups) expect(untitled(markup)).toEqual([]);
    expect(markups[2]).toContain('<canvas');
  });

  test('lesson panel and step walkthrough, before and during a step', () => {
    const markups = [
      render(createElement(LessonPanel, { onLoad: noop })),
      render(createElement(StepWalkthrough, { onStep: () => Promise.resolve(null) })),
      render(
        createElement(StepWalkthrough, {
          onStep: () => Promise.resolve(null),
          initial: stepBreakdown,
        }),
      ),
    ];
    for (const markup of markups) expect(untitled(markup)).toEqual([]);
    expect(markups[2]).toContain('Forward pass');
    expect(markups[0]).toContain('Load this lesson');
  });
});
