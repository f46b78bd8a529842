import { expect, test } from '@playwright/test';
import { attachPicture } from './lab';
import { probeReferenceAlongArc, probeTrainedAlongArc, trainGridTorusLesson } from './probePath';

test('the grid-torus lesson: a trained network and the hand-built reference along a drawn path, measured', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  const { panel, trainingSeconds } = await trainGridTorusLesson(page);
  testInfo.annotations.push({
    type: 'lesson training (s)',
    description: trainingSeconds.toFixed(1),
  });

  // The trained network along the arc: its verdict comes from its error against standing still.
  await probeTrainedAlongArc(page, panel);
  await attachPicture(testInfo, 'probe-path-trained', panel);

  // The same path on the hand-built reference: the bump slides and the decoded path follows.
  await probeReferenceAlongArc(page, panel);
  await attachPicture(testInfo, 'probe-path-reference', panel);

  // The measures, for the three networks side by side.
  await panel.getByRole('button', { name: 'Measure attractor' }).click();
  const report = panel.getByTestId('attractor-report');
  await expect(report).toBeVisible({ timeout: 300_000 });
  await expect(report.locator('thead th')).toHaveText([
    'measure',
    'trained',
    'untrained',
    'hand-built',
    'staying put',
  ]);
  await expect(report.locator('tbody tr')).toHaveCount(9);
});
