// The benchmark's inputs: the shared corpus when present, generated text otherwise.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { generateDockerfile, generateManifest } from './generate';

export interface TextInput {
  /** File name given to the servers (decides the language). */
  name: string;
  text: string;
  lines: number;
  /** Where the text came from, for the report. */
  origin: string;
  /** The file on disk, when the text is one. */
  path?: string;
}

export interface Inputs {
  corpusDir: string | undefined;
  editManifest: TextInput;
  editDockerfile: TextInput;
  joinedManifests: TextInput;
  bigManifest: TextInput;
  /** Folder `cntutor lint` runs over, and the Dockerfiles the peer CLI runs over. */
  cliRoot: string;
  cliFiles: { manifests: number; dockerfiles: string[] };
  notes: string[];
}

function lineCount(text: string): number {
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

function input(name: string, text: string, origin: string): TextInput {
  return { name, text, lines: lineCount(text), origin };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

const isManifest = (f: string): boolean => /\.ya?ml$/i.test(f);
const isDockerfile = (f: string): boolean => basename(f).includes('Dockerfile');

export function findCorpus(repoRoot: string): string | undefined {
  const candidates = [process.env['CNTUTOR_CORPUS'], resolve(repoRoot, '..', 'shared', 'corpus')];
  return candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(join(c, 'k8s')));
}

/** Joins manifests the way the corpus notes describe: one file, documents separated by `---`. */
function joinManifests(texts: string[]): string {
  return texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('---\n');
}

function fromCorpus(corpus: string, bigManifest: TextInput): Inputs {
  const notes: string[] = [];
  const manifests = filesUnder(join(corpus, 'k8s')).filter(isManifest);
  const dockerfiles = filesUnder(join(corpus, 'docker')).filter(isDockerfile);
  const editPath = join(corpus, 'edit-target.yaml');
  const editManifest = existsSync(editPath)
    ? input('edit-target.yaml', readFileSync(editPath, 'utf8'), 'corpus edit-target.yaml')
    : input('edit-target.yaml', generateManifest(280), 'generated (corpus has no edit-target.yaml)');
  if (!existsSync(editPath)) notes.push('corpus has no edit-target.yaml: the edit manifest is generated');
  // The corpus Dockerfile closest to 300 lines (ties: the first by path).
  const sized = dockerfiles.map((f) => ({ f, text: readFileSync(f, 'utf8') }));
  sized.sort((a, b) => Math.abs(lineCount(a.text) - 300) - Math.abs(lineCount(b.text) - 300) || a.f.localeCompare(b.f));
  const pick = sized[0];
  const editDockerfile =
    pick !== undefined && Math.abs(lineCount(pick.text) - 300) <= 60
      ? { ...input('Dockerfile', pick.text, `corpus ${pick.f.slice(corpus.length + 1)}`), path: pick.f }
      : input('Dockerfile', generateDockerfile(300), 'generated');
  const joined = joinManifests(manifests.map((f) => readFileSync(f, 'utf8')));
  return {
    corpusDir: corpus,
    editManifest,
    editDockerfile,
    joinedManifests: input('joined.yaml', joined, `${manifests.length} corpus manifests joined with ---`),
    bigManifest,
    cliRoot: corpus,
    cliFiles: { manifests: manifests.length, dockerfiles },
    notes,
  };
}

function generated(cacheDir: string, bigManifest: TextInput): Inputs {
  const root = join(cacheDir, 'generated-corpus');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'k8s'), { recursive: true });
  mkdirSync(join(root, 'docker'), { recursive: true });
  const dockerfiles: string[] = [];
  const manifestTexts: string[] = [];
  for (let i = 0; i < 120; i++) {
    const text = generateManifest(60 + (i % 5) * 20);
    manifestTexts.push(text);
    writeFileSync(join(root, 'k8s', `app-${i}.yaml`), text);
  }
  for (let i = 0; i < 60; i++) {
    const file = join(root, 'docker', `svc-${i}__Dockerfile`);
    writeFileSync(file, generateDockerfile(40 + (i % 8) * 30));
    dockerfiles.push(file);
  }
  const editDir = join(cacheDir, 'generated-edit');
  mkdirSync(editDir, { recursive: true });
  const editDockerfilePath = join(editDir, 'Dockerfile');
  writeFileSync(editDockerfilePath, generateDockerfile(300));
  return {
    corpusDir: undefined,
    editManifest: input('edit-target.yaml', generateManifest(280), 'generated'),
    editDockerfile: { ...input('Dockerfile', generateDockerfile(300), 'generated'), path: editDockerfilePath },
    joinedManifests: input('joined.yaml', generateManifest(8500), 'generated'),
    bigManifest,
    cliRoot: root,
    cliFiles: { manifests: manifestTexts.length, dockerfiles },
    notes: ['../shared/corpus was not used (absent, or --no-corpus): every input is generated'],
  };
}

export function loadInputs(repoRoot: string, cacheDir: string, useCorpus = true): Inputs {
  const bigManifest = input('big.yaml', generateManifest(50_000), 'generated Deployment/Service/ConfigMap groups');
  const corpus = useCorpus ? findCorpus(repoRoot) : undefined;
  return corpus === undefined ? generated(cacheDir, bigManifest) : fromCorpus(corpus, bigManifest);
}
