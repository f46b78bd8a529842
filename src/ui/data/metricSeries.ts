/** Moved to src/state/streams (state the client fills); the views still import it from here. */
export * from '../../state/streams/metricSeries';
