import base from './playwright.config';

/** Scripts that drive the lab to make the README's pictures; not part of npm test. */
export default { ...base, testDir: 'docs/scripts' };
