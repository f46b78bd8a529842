/** The opened IndexedDB library, once it is ready (null before, or where there is none). */
import { useEffect, useState } from 'react';
import type { LabDb } from './persistence';
import { labDb } from './trainerClient';

export function useLabDb(): LabDb | null {
  const [db, setDb] = useState<LabDb | null>(null);
  useEffect(() => {
    let live = true;
    labDb.then(
      (opened) => live && setDb(opened),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return db;
}
