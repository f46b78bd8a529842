/** The "auto every M steps" setting: what counts as a valid M, and the one offered first. */

export const DEFAULT_AUTO_STEPS = 500;

/** M typed by the user: a whole number of steps ≥ 1, else null (the field shows invalid). */
export function parseSteps(text: string): number | null {
  const v = Number(text);
  return text.trim() !== '' && Number.isInteger(v) && v >= 1 ? v : null;
}
