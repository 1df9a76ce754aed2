import type { Finding } from '../engine/types';

/** The outcome of linting one file, as every output format sees it. */
export interface FileReport {
  file: string;
  findings: Finding[];
  /** A file that could not be read or linted, with the reason. */
  error?: string;
  /** How many fixes --fix applied. */
  fixed?: number;
}
