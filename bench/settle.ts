/**
 * A clean start for a Node timing: a full garbage collection, then a pause while V8's
 * background threads finish marking and sweeping. On this 2-core machine they run on the core a
 * split pass's helper thread needs: the steps of a 98%-sparse batch pass, timed right after the
 * plain-JS CSR loop (which allocates), took 1.3, 2.6 or 5.8 ms from call to call on two threads,
 * and 1.3 once that garbage was gone.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
// The flag exposes gc only in contexts made after it is set.
const gc = vm.runInNewContext('gc') as () => void;

export async function settle(pauseMs = 100): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
}
