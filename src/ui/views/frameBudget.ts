/**
 * One animation-frame loop for all canvas views, with a time budget: each frame runs the
 * views' draw callbacks in turn and stops once ~8 ms are spent, carrying on with the next
 * view in the following frame. Several charts that all have new data then never add up to one
 * long main-thread task (the lab promises none over 50 ms while training).
 */
const BUDGET_MS = 8;

type Draw = () => void;
const draws: Draw[] = [];
let next = 0;
let frame = 0;

function tick(): void {
  // Re-armed first, so a view whose draw throws cannot stop every other view's drawing.
  frame = draws.length > 0 ? requestAnimationFrame(tick) : 0;
  const started = performance.now();
  for (let done = 0; done < draws.length; done++) {
    if (next >= draws.length) next = 0;
    draws[next++]();
    if (performance.now() - started > BUDGET_MS) break;
  }
}

/** Runs `draw` once per frame (budget permitting) until the returned function is called. */
export function onEveryFrame(draw: Draw): () => void {
  draws.push(draw);
  if (!frame) frame = requestAnimationFrame(tick);
  return () => {
    const i = draws.indexOf(draw);
    if (i >= 0) draws.splice(i, 1);
    if (draws.length === 0 && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  };
}
