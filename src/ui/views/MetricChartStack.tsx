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
import { MetricChart } from './MetricChart';
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

export function MetricChartStack({
  metrics,
  validation,
  task,
  logLoss = true,
  chartHeight = 130,
}: MetricChartStackProps) {
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const m = metricText[task];
  const charts = useMemo(() => {
    const val = validation ? [validation] : [];
    return {
      loss: [
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
        ...val.map((v) =>
          chartSeries(v, 'taskLoss', {
            label: 'validation',
            color: C.validation,
            dots: true,
            title: 'Task loss on fresh validation batches',
          }),
        ),
      ],
      penalty: [
        chartSeries(metrics, 'penalty', {
          label: 'penalty',
          color: C.penalty,
          title:
            'Moduli penalty: λ · mean over j,k of C[j,k]·|W_hh[j,k]|^ℓ, C[j,k] = f(d(p_j,p_k))',
        }),
      ],
      sparsity: [
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
      metric: [
        chartSeries(metrics, 'metric', {
          label: m.label,
          color: C.metric,
          title: m.seriesTitle,
        }),
        ...val.map((v) =>
          chartSeries(v, 'metric', {
            label: 'validation',
            color: C.validation,
            dots: true,
            title: 'The same on fresh validation batches',
          }),
        ),
      ],
    };
  }, [metrics, validation, m]);
  const shared = { hoverStep, onHoverStep: setHoverStep, height: chartHeight };
  return (
    <div className="mv-chart-stack">
      <MetricChart
        {...shared}
        title="Loss"
        description="Task loss and total loss (task + penalty) per training step; dots: validation. Lines show the min and max within each pixel."
        series={charts.loss}
        yLabel="loss"
        logY={logLoss}
      />
      <MetricChart
        {...shared}
        title="Penalty"
        description="The moduli regularizer: λ times the mean over all pairs of C[j,k]·|W_hh[j,k]|^ℓ, where C[j,k] = f(distance between units j and k); the total loss adds it to the task loss."
        series={charts.penalty}
        yLabel="penalty"
        logY={logLoss}
      />
      <MetricChart
        {...shared}
        title="Sparsity"
        description="Share of pruned weights, W_hh and all layers, against the schedule's target (dashed)."
        series={charts.sparsity}
        yLabel="pruned (%)"
        yDomain={[0, 1]}
        format={percent}
      />
      <MetricChart
        {...shared}
        title={m.title}
        description={m.description}
        series={charts.metric}
        yLabel={m.yLabel}
        unit={m.unit}
        zeroBased
      />
    </div>
  );
}
