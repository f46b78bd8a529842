/** After a reload in the middle of a run: offer to resume from its last autosave. */
import { useLabDb } from '../../state/useLabDb';
import { openSavedRun } from '../../state/trainerClient';
import { ResumeBanner } from '../runs';

export function ResumeOffer() {
  const db = useLabDb();
  return db ? <ResumeBanner store={db} onResume={openSavedRun} /> : null;
}
