/**
 * The centre column: the units on their manifold and the W_hh heatmap, sharing one
 * selected unit. Colouring by coefficient fetches row j of C from the worker.
 *
 * In classroom mode the same views are laid out for a projector: one row of panels (the 3D
 * view, the probes with their arena, then the workbench, where the heatmap becomes a tab), a
 * grid that takes one more panel; the charts run the full width below (App, classroom.css).
 */
import { useEffect, useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { useLab } from '../../state/labStore';
import { snapshots, trainer } from '../../state/trainerClient';
import { ManifoldView } from '../views/ManifoldView';
import { WeightHeatmap } from '../views/WeightHeatmap';
import { useLabDb } from '../../state/useLabDb';
import { probeActivity } from './probeActivity';
import { CompareTab } from './CompareTab';
import { LessonsTab } from './LessonsTab';
import { ProbesTab } from './ProbesTab';
import { SampleTab } from './SampleTab';
import { readClassroomParams } from '../lessons';
import { RunsTab } from './RunsTab';
import { TopologyTab } from './TopologyTab';
import { ViewPanel } from './ViewPanel';
import { Workbench, type WorkbenchTab } from './Workbench';

const lessonLinked = readClassroomParams(window.location.search).lesson !== null;

export function NeuronViews({
  config,
  classroom = false,
}: {
  config: RunConfig;
  classroom?: boolean;
}) {
  const selected = useLab((s) => s.selected);
  const colorMode = useLab((s) => s.colorMode);
  const { select, setColorMode } = useLab((s) => s.actions);
  const [row, setRow] = useState<Float32Array | null>(null);
  const db = useLabDb();
  const [ordered, setOrdered] = useState(false);

  useEffect(() => {
    if (selected === null || colorMode !== 'coefficients') return;
    let live = true;
    void trainer.coefficientRow(selected).then((r) => live && setRow(r));
    return () => {
      live = false;
    };
  }, [selected, colorMode]);

  const manifold = (
    <ViewPanel
      title="Hidden units on the manifold"
      help="Each sphere is a recurrent unit at its embedding position; click one to colour the others by their connection to it"
      filename="manifold"
      className={classroom ? 'classroom-manifold' : undefined}
    >
      <div className="view-options">
        <label title="How other units are coloured once one is selected: by |W_hh| to/from it (paper fig. 7) or by the penalty coefficient f(d) (fig. 6)">
          colour by
          <select
            value={colorMode}
            onChange={(e) => setColorMode(e.target.value as 'weights' | 'coefficients')}
          >
            <option value="weights">|W_hh| to/from selected</option>
            <option value="coefficients">coefficient f(d)</option>
          </select>
        </label>
      </div>
      <ManifoldView
        source={snapshots}
        manifoldId={config.geometry.manifold}
        dimension={config.geometry.dimension}
        selected={selected}
        onSelect={select}
        mode={colorMode}
        activity={probeActivity}
        coefficients={row ? () => row : undefined}
        height={340}
      />
    </ViewPanel>
  );
  const heatmap = (
    <ViewPanel
      title="W_hh heatmap"
      help="Recurrent weights: row j = weights into unit j. Blue negative, white zero, red positive; dark grey = pruned"
      filename="whh"
    >
      <label
        className="view-options"
        title="Sort rows and columns by the units' position on the manifold (first coordinate; longitude on the sphere), so geometry shows as a band along the diagonal"
      >
        <input type="checkbox" checked={ordered} onChange={(e) => setOrdered(e.target.checked)} />
        order by position
      </label>
      <WeightHeatmap
        source={snapshots}
        selected={selected}
        onSelect={select}
        byPosition={ordered}
      />
    </ViewPanel>
  );
  const probesTab: WorkbenchTab = {
    id: 'probes',
    label: 'Probes',
    help: 'Free-run the network from a place or along a path and watch its activity on the manifold',
    render: () => <ProbesTab config={config} />,
  };
  const tools = (probes: WorkbenchTab[]): WorkbenchTab[] => [
    ...(config.task.kind === 'text'
      ? [
          {
            id: 'sample',
            label: 'Sample text',
            help: 'What the text model writes now, after a prompt of yours',
            render: () => <SampleTab />,
          },
        ]
      : []),
    ...probes,
    {
      id: 'topology',
      label: 'Topology',
      help: 'Persistent homology of the embedding: does it trace a circle, a torus, a sphere?',
      render: () => <TopologyTab config={config} />,
    },
    {
      id: 'compare',
      label: 'Compare',
      help: 'Conditions × seeds × sparsities, each with its lottery ticket, summarised like the paper’s tables',
      render: () => <CompareTab library={db} />,
    },
    {
      id: 'runs',
      label: 'Runs',
      help: 'Runs saved automatically in this browser: reopen, rename, delete, compare two',
      render: () => <RunsTab db={db} />,
    },
    {
      id: 'lessons',
      label: 'Lessons',
      help: 'Guided presets for teaching attractor geometry, each with what to look at',
      render: () => <LessonsTab />,
    },
  ];

  if (classroom) {
    return (
      <div className="classroom-views">
        {manifold}
        <ViewPanel
          title="Probes"
          help={probesTab.help}
          filename="arena"
          className="classroom-probes"
        >
          <ProbesTab config={config} />
        </ViewPanel>
        <Workbench
          initial={lessonLinked ? 'lessons' : 'whh'}
          tabs={[
            {
              id: 'whh',
              label: 'W_hh',
              help: 'The recurrent weights as a heatmap: row j = weights into unit j',
              render: () => heatmap,
            },
            ...tools([]),
          ]}
        />
      </div>
    );
  }
  return (
    <div className="centre-column">
      {manifold}
      {heatmap}
      <Workbench initial={lessonLinked ? 'lessons' : undefined} tabs={tools([probesTab])} />
    </div>
  );
}
