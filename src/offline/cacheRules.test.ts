import { describe, expect, it } from 'vitest';
import { cacheName, navigationTarget, staleCaches, withIsolation } from './cacheRules';

describe('the service worker rules', () => {
  it('adds COOP/COEP to a response and keeps its status, headers and body', async () => {
    const original = new Response('body text', {
      status: 201,
      statusText: 'Created',
      headers: { 'Content-Type': 'text/plain', 'Cross-Origin-Embedder-Policy': 'unsafe-none' },
    });
    const isolated = withIsolation(original);
    expect(isolated.status).toBe(201);
    expect(isolated.statusText).toBe('Created');
    expect(isolated.headers.get('Content-Type')).toBe('text/plain');
    expect(isolated.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(isolated.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(await isolated.text()).toBe('body text');
  });

  it('passes an opaque response on untouched', () => {
    const opaque = Response.error(); // status 0, like a no-cors answer from another origin
    expect(withIsolation(opaque)).toBe(opaque);
  });

  it("deletes only the lab's caches of other builds", () => {
    const current = cacheName('b2');
    expect(current).toBe('moduli-lab-b2');
    expect(staleCaches(['moduli-lab-a1', current, 'other-site', 'moduli-lab-c3'], current)).toEqual(
      ['moduli-lab-a1', 'moduli-lab-c3'],
    );
  });

  it('answers a page load at the base, with any query, with index.html', () => {
    const scope = 'https://example.org/lab/';
    const index = 'https://example.org/lab/index.html';
    expect(navigationTarget('https://example.org/lab/?lesson=grid-torus', scope)).toBe(index);
    expect(navigationTarget('https://example.org/lab/index.html?run=%7B%7D', scope)).toBe(index);
    expect(navigationTarget('https://example.org/lab/corpus/SOURCE.md', scope)).toBeNull();
    expect(navigationTarget('https://example.org/other/', scope)).toBeNull();
    expect(navigationTarget('https://elsewhere.org/lab/', scope)).toBeNull();
  });
});
