import type { Finding } from '../engine/types';

/** The outcome of linting one file, as every output format sees it. */
export interface FileReport {
  file: string;
  findings: Finding[];
  /** A file that could not be read or linted, with the reason. */
  error?: string;
  /** How many fixes --fix applied. */
  fixed?: number;
  /** Why the file was not linted (not a Dockerfile or a Kubernetes manifest). */
  skipped?: string;
  /** Named on the command line rather than found in a folder. */
  explicit?: boolean;
}
