/** File names for a comparison's downloads. */

/** "Table 1 at browser scale" → "table-1-at-browser-scale", for file names. */
export const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'comparison';
