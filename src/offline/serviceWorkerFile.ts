/**
 * The service worker's file at the site's base (its scope is the base). A module of its own:
 * the page and the build need the name, and the worker must import nothing the page imports
 * (a shared chunk would be an `import` in sw.js, which a classic worker cannot run).
 */
export const SERVICE_WORKER_FILE = 'sw.js';
