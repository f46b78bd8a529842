/**
 * zod probes `new Function("")` to decide whether to compile its parsers; under the lab's
 * Content-Security-Policy (no 'unsafe-eval') that probe is a policy violation. Import this
 * first in every browser entry (page and worker) to switch the probe off.
 */
import { config } from 'zod';

config({ jitless: true });
