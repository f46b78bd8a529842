// A worker_threads helper of the Node GEMM pool (./nodeThreads.ts): the same loop as the
// browser's helper workers (serveGemm), started with its module, memory and slot as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { serveGemm } from '../wasm/kernels/gemmThreads.mjs';

serveGemm(workerData, (message) => parentPort.postMessage(message));
