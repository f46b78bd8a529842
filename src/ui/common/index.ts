/**
 * Small pieces the panels share: a progress bar, a file-chooser button, downloads, the
 * ask-first delete of a saved item, reading a store that reports its changes, hover help
 * shown on keyboard focus, and the panel styles (common.css).
 */
export { ProgressBar, percentDone, type ProgressBarProps } from './ProgressBar';
export { FileButton, type FileButtonProps } from './FileButton';
export { DeleteActions, type DeleteActionsProps } from './DeleteActions';
export { downloadBlob, downloadText } from './download';
export { useStoreRead, type ChangeNotifier } from './useStoreRead';
export { FocusHelp } from './FocusHelp';
