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
