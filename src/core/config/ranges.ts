/** The schemas' number fields: a closed range, integers or not. */
import { z } from 'zod';

export const int = (min: number, max: number) => z.number().int().min(min).max(max);
export const num = (min: number, max: number) => z.number().min(min).max(max);
