import { beforeAll } from 'vitest';
import { initNodeBackend } from '../src/core/backend/node';

beforeAll(async () => {
  await initNodeBackend('wasm');
});
