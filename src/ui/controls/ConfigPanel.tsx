/** The left column: every run setting of the schema, grouped, each explained on hover. */
import type { RunConfig } from '../../core/config/schema';
import { useLab } from '../../state/labStore';
import { applyConfig, latestConfig } from '../../state/trainerClient';
import { ConfigField } from './ConfigField';
import { changeField } from './fields';
import { controlGroups } from './groups';
import { InhibitorPreview } from './InhibitorPreview';
import { TextFileLoader } from './TextFileLoader';

export function ConfigPanel({ config }: { config: RunConfig }) {
  const fieldErrors = useLab((s) => s.fieldErrors);
  const { setFieldError } = useLab((s) => s.actions);

  const onChange = async (path: string, value: unknown) => {
    const next = changeField(latestConfig() ?? config, path, value);
    if (!next.ok) {
      setFieldError(path, next.error);
      return;
    }
    setFieldError(path, null);
    await applyConfig(next.value);
  };

  return (
    <aside className="config-panel" aria-label="Run settings">
      {controlGroups.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          {group.fields
            .filter((f) => f.when(config))
            .map((f) => (
              <ConfigField
                key={`${f.path}:${config.task.kind}:${config.inhibitor.kind}`}
                config={config}
                path={f.path}
                label={f.label}
                error={fieldErrors[f.path]}
                onChange={onChange}
              />
            ))}
          {group.title === 'Geometry' && <InhibitorPreview config={config} />}
          {group.title === 'Task' && config.task.kind === 'text' && (
            <TextFileLoader config={config} />
          )}
        </fieldset>
      ))}
    </aside>
  );
}
