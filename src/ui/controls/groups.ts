/**
 * The run settings as the left column groups them, with short labels: the schema's fields in
 * the groups and order of the settings table (src/core/config/settings.ts). A field whose
 * `when` is false for the current config is hidden (e.g. place cells for the adding task).
 */
import type { RunConfig } from '../../core/config/schema';
import { settingApplies, settingGroups, settings } from '../../core/config/settings';

export interface FieldSpec {
  path: string;
  label: string;
  when: (config: RunConfig) => boolean;
}

export const controlGroups: { title: string; fields: FieldSpec[] }[] = settingGroups.map(
  (title) => ({
    title,
    fields: settings
      .filter((s) => s.group === title)
      .map((s) => ({
        path: s.field.path,
        label: s.label,
        when: (config: RunConfig) => settingApplies(s, config),
      })),
  }),
);
