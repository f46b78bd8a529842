/**
 * The pruned recurrent matrices in compressed sparse row form, as a file of their own: what a
 * researcher loads elsewhere to run or study the sparse network, e.g. in Python
 *   scipy.sparse.csr_matrix((m["data"], m["indices"], m["indptr"]), shape=m["shape"]).
 * Field names follow scipy. Rows are the receiving units (W[j,k]: from unit k to unit j, the
 * PyTorch layout the run file uses). It is derived from the weights and masks, so the lab only
 * writes it: the run file stays the one thing it reads back.
 */
import { isRecurrentMatrix } from '../model/params';
import { csrDensity, toCsr } from '../sparse/csr';
import type { Trainer } from '../training/trainer';
import type { NpyHeader } from './npy';
import { pytorchName } from './pytorchNames';
import type { NpyArray as NpzArray, NpzEntry } from './runArchive';

export const CSR_FORMAT = 'moduli-lab-csr';
export const CSR_VERSION = 1;

export interface CsrMatrix {
  shape: [number, number];
  /** rows + 1 offsets into indices/data. */
  indptr: number[];
  indices: number[];
  data: number[];
  /** Stored entries over rows × cols. */
  density: number;
}

export interface CsrFile {
  format: typeof CSR_FORMAT;
  version: typeof CSR_VERSION;
  step: number;
  seed: number;
  /** Every layer's W_hh by its run-file name (whh, whh1, …), pruned entries left out. */
  matrices: Record<string, CsrMatrix>;
}

export function exportCsr(trainer: Trainer): CsrFile {
  const values = trainer.weightValues();
  const n = trainer.config.model.hidden;
  const matrices: Record<string, CsrMatrix> = {};
  for (const name of trainer.masks.names.filter(isRecurrentMatrix)) {
    const csr = toCsr(values[name], trainer.masks.mask(name), n, n);
    matrices[name] = {
      shape: [csr.rows, csr.cols],
      indptr: Array.from(csr.rowPtr),
      indices: Array.from(csr.colIdx),
      data: Array.from(csr.values),
      density: csrDensity(csr),
    };
  }
  return {
    format: CSR_FORMAT,
    version: CSR_VERSION,
    step: trainer.step,
    seed: trainer.config.seed,
    matrices,
  };
}

/**
 * Each layer's pruned W_hh as the arrays scipy.sparse.save_npz writes for a csr_matrix
 * (indices, indptr, format, shape, data), so scipy.sparse.load_npz(path) returns it. scipy
 * holds one matrix a file: the caller writes one file per layer (pytorchName keys them).
 */
export function csrNpzEntries(trainer: Trainer): { name: string; entries: NpzEntry[] }[] {
  const values = trainer.weightValues();
  const n = trainer.config.model.hidden;
  return trainer.masks.names.filter(isRecurrentMatrix).map((name) => {
    const csr = toCsr(values[name], trainer.masks.mask(name), n, n);
    const array = (member: string, header: NpyHeader, data: NpzArray['data']): NpzEntry => ({
      name: member,
      array: { ...header, data },
      deflate: false,
    });
    return {
      name: pytorchName(name),
      entries: [
        array('indices', { dtype: '<i4', shape: [csr.colIdx.length] }, csr.colIdx),
        array('indptr', { dtype: '<i4', shape: [csr.rowPtr.length] }, csr.rowPtr),
        array('format', { dtype: '|S3', shape: [] }, new TextEncoder().encode('csr')),
        array(
          'shape',
          { dtype: '<i8', shape: [2] },
          BigInt64Array.from([csr.rows, csr.cols], BigInt),
        ),
        array('data', { dtype: '<f4', shape: [csr.values.length] }, csr.values),
      ],
    };
  });
}
