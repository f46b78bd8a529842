/**
 * The right column's charts on one step axis: loss, penalty, sparsity against the pruning
 * schedule, and the task metric. Owns the shared hover step so hovering any chart shows
 * that step in all of them.
 */
import { useMemo, useState } from 'react';
import { format } from 'd3';
import type { TaskKind } from '../../core/config/schema';
import type { MetricSeries, ValidationSeries } from '../data/metricSeries';
import { chartSeries } from './chartModel';
import { MetricChart, type MetricChartProps } from './MetricChart';
import { SERIES_COLORS as C } from './palette';

/** How each task's metric is named and explained in the last chart. */
const metricText: Record<
  TaskKind,
  {
    label: string;
    title: string;
    yLabel: string;
    unit: string;
    seriesTitle: string;
    description: string;
  }
> = {
  navigation: {
    label: 'error',
    title: 'Position error',
    yLabel: 'error (cm)',
    unit: ' cm',
    seriesTitle: 'Mean decoded-position error on the training batch, cm',
    description: 'Distance between true and decoded position, in cm.',
  },
  adding: {
    label: 'RMSE',
    title: 'RMSE',
    yLabel: 'RMSE',
    unit: '',
    seriesTitle: 'Root-mean-square error on the training batch',
    description: 'Root-mean-square error of the predicted sum.',
  },
  text: {
    label: 'perplexity',
    title: 'Perplexity',
    yLabel: 'perplexity',
    unit: '',
    seriesTitle: 'Perplexity (exp of the mean cross-entropy per token) on the training batch',
    description:
      'exp of the mean cross-entropy per token; a uniform guess scores the vocabulary size.',
  },
};

export interface MetricChartStackProps {
  metrics: MetricSeries;
  /** Validation results (drawn as dots) when available. */
  validation?: ValidationSeries;
  task: TaskKind;
  /** Log y for the loss and penalty charts (default true). */
  logLoss?: boolean;
  chartHeight?: number;
}

const percent = format('.1~%');

/** One chart of the stack: everything but the hover step and the height, which all share. */
type StackChart = Omit<MetricChartProps, 'hoverStep' | 'onHoverStep' | 'height'> & { id: string };

export function MetricChartStack({
  metrics,
  validation,
  task,
  logLoss = true,
  chartHeight = 130,
}: MetricChartStackProps) {
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const m = metricText[task];
  const charts = useMemo((): StackChart[] => {
    /** The validation dots of `field`, when there is a validation series. */
    const validated = (field: 'taskLoss' | 'metric', title: string) =>
      validation
        ? [
            chartSeries(validation, field, {
              label: 'validation',
              color: C.validation,
              dots: true,
              title,
            }),
          ]
        : [];
    return [
      {
        id: 'loss',
        title: 'Loss',
        description:
          'Task loss and total loss (task + penalty) per training step; dots: validation. Lines show the min and max within each pixel.',
        series: [
          chartSeries(metrics, 'taskLoss', {
            label: 'task loss',
            color: C.taskLoss,
            title: 'Task loss on the training batch',
          }),
          chartSeries(metrics, 'totalLoss', {
            label: 'total',
            color: C.totalLoss,
            title: 'Task loss + penalty (λ included), the quantity minimised',
          }),
          ...validated('taskLoss', 'Task loss on fresh validation batches'),
        ],
        yLabel: 'loss',
        logY: logLoss,
      },
      {
        id: 'penalty',
        title: 'Penalty',
        description:
          'The moduli regularizer: λ times the mean over all pairs of C[j,k]·|W_hh[j,k]|^ℓ, where C[j,k] = f(distance between units j and k); the total loss adds it to the task loss.',
        series: [
          chartSeries(metrics, 'penalty', {
            label: 'penalty',
            color: C.penalty,
            title:
              'Moduli penalty: λ · mean over j,k of C[j,k]·|W_hh[j,k]|^ℓ, C[j,k] = f(d(p_j,p_k))',
          }),
        ],
        yLabel: 'penalty',
        logY: logLoss,
      },
      {
        id: 'sparsity',
        title: 'Sparsity',
        description:
          "Share of pruned weights, W_hh and all layers, against the schedule's target (dashed).",
        series: [
          chartSeries(metrics, 'whhSparsity', {
            label: 'W_hh',
            color: C.whhSparsity,
            title: 'Fraction of recurrent weights pruned',
          }),
          chartSeries(metrics, 'globalSparsity', {
            label: 'global',
            color: C.globalSparsity,
            title: 'Fraction of all weights pruned',
          }),
          chartSeries(metrics, 'targetSparsity', {
            label: 'target',
            color: C.targetSparsity,
            dashed: true,
            title: 'Sparsity the pruning schedule asks for at this step',
          }),
        ],
        yLabel: 'pruned (%)',
        yDomain: [0, 1],
        format: percent,
      },
      {
        id: 'metric',
        title: m.title,
        description: m.description,
        series: [
          chartSeries(metrics, 'metric', {
            label: m.label,
            color: C.metric,
            title: m.seriesTitle,
          }),
          ...validated('metric', 'The same on fresh validation batches'),
        ],
        yLabel: m.yLabel,
        unit: m.unit,
        zeroBased: true,
      },
    ];
  }, [metrics, validation, m, logLoss]);
  return (
    <div className="mv-chart-stack">
      {charts.map(({ id, ...chart }) => (
        <MetricChart
          key={id}
          {...chart}
          hoverStep={hoverStep}
          onHoverStep={setHoverStep}
          height={chartHeight}
        />
      ))}
    </div>
  );
}
