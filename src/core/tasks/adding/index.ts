/** The adding problem: remember two marked values in a sequence and output their sum (docs/science.md §Adding problem). */
export { addingBatch, type AddingBatch, type AddingBatchOptions } from './batch';
export { baselineRmse, rmse } from './rmse';
