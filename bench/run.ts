// `npm run bench`: cntutor against yaml-language-server and dockerfile-language-server-nodejs, and
// `cntutor lint` against `dockerfile-utils lint`, in one run, on the same inputs.
// Options: --runs N (default 5), --skip cold,edit,joined,big,crossfile,cli, --only <same names> (run just those),
// --no-corpus (generated inputs only), --no-write.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RuleTime } from './cli-bench';
import { cliRowsOf, describe } from './cli-rows';
import { loadInputs } from './inputs';
import { LARGE_MANIFEST, largeManifest, largeManifestServerRows } from './large-manifest';
import { ensureKubernetesSchema } from './k8s-schema';
import { publishVersionCounts, type ServerSpec } from './lsp-client';
import { limitTarget, ratioTarget, row, toMarkdown, toText, type Report, type Row } from './report';
import { crossFileInputs, crossFileLatency } from './cross-file';
import { bigFile, coldStart, editLatency, hoverNotes, pairedEditLatency, schemaProbe } from './scenarios';
import { defineServers, serverBundle } from './servers';
import { summarize } from './stats';

const repoRoot = resolve(__dirname, '..');
const cacheDir = join(repoRoot, 'bench', '.cache');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Math.max(1, Number(option('runs') ?? 5));
const ROWS = ['cold', 'edit', 'joined', 'big', 'crossfile', 'cli'] as const;
const only = new Set((option('only') ?? '').split(',').filter(Boolean));
const skip = new Set([
  ...(option('skip') ?? '').split(',').filter(Boolean),
  ...(only.size > 0 ? ROWS.filter((name) => !only.has(name)) : []),
]);
for (const name of [...skip, ...only]) {
  if (!(ROWS as readonly string[]).includes(name)) throw new Error(`unknown bench row "${name}": ${ROWS.join(', ')}`);
}
// A partial run must not replace the full table in RESULTS.md.
const write = !process.argv.includes('--no-write') && only.size === 0;

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

const mb = (kb: number[]): number[] => kb.filter((k) => k > 0).map((k) => k / 1024);

/** A session's server peak memory beside the peer's, with the target of using no more. */
function peakRssAtMostPeer(
  session: string,
  ours: number[] | undefined,
  peerName: string,
  peer: number[] | undefined,
): Row {
  return ratioTarget(
    row('Server peak RSS (VmHWM)', session, 'MB', mb(ours ?? []), peerName, mb(peer ?? [])),
    1,
    '≤ peer',
  );
}

async function maybe<T>(
  spec: ServerSpec | undefined,
  what: string,
  fn: (s: ServerSpec) => Promise<T>,
): Promise<T | undefined> {
  if (spec === undefined) return undefined;
  log(`${what}: ${spec.name}`);
  return fn(spec);
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  if (runs < 5) log(`only ${runs} run(s): the figures are indicative, not the reportable ≥5-run medians`);
  const schema = ensureKubernetesSchema(cacheDir, repoRoot);
  const inputs = loadInputs(repoRoot, cacheDir, !process.argv.includes('--no-corpus'));
  const servers = defineServers(repoRoot, schema.path);
  const { ours, yaml, docker } = servers;
  const notes: string[] = [...inputs.notes];
  if (ours === undefined) {
    log(`${serverBundle(repoRoot)} is missing (run \`npm run build\`): measuring the peers only`);
    notes.push('dist/server.js was missing: cntutor was not measured');
  }
  const workDir = mkdtempSync(join(tmpdir(), 'cntutor-bench-'));
  // cntutor keeps V8 code caches (server/src/code-cache.ts); a folder of the bench's own starts
  // empty, the first run of each program makes its cache and the later runs take it.
  process.env.CNTUTOR_CODE_CACHE = join(workDir, 'code-cache');
  const rows: Row[] = [];
  const cliRows: Row[] = [];
  let ruleTimes: RuleTime[] | undefined;

  log('checking that yaml-language-server validates against the local Kubernetes schema');
  const probe = await schemaProbe(yaml, workDir);
  if (!probe.some((m) => /Incorrect type|not allowed/i.test(m))) {
    throw new Error(`yaml-language-server gave no schema diagnostics on the probe: ${JSON.stringify(probe)}`);
  }

  // The same probe through our server: does this build validate against the schema too?
  const oursProbe = ours === undefined ? undefined : await schemaProbe(ours, workDir);
  if (oursProbe !== undefined && !oursProbe.some((p) => p.startsWith('line 6:'))) {
    notes.push(
      "This cntutor build reported nothing on the probe's `replicas: three` (a schema type error): its schema validation was not active, so the manifest figures compare its rules with yaml-language-server's schema validation.",
    );
  }

  const m = inputs.editManifest;
  const d = inputs.editDockerfile;
  const j = inputs.joinedManifests;
  const big = inputs.bigManifest;
  let memoryRows: Row[] = [];

  if (!skip.has('cold')) {
    const oursM = await maybe(ours, 'cold start, manifest', (s) => coldStart(s, m, runs, workDir));
    const yamlM = await maybe(yaml, 'cold start, manifest', (s) => coldStart(s, m, runs, workDir));
    rows.push(
      ratioTarget(
        row(
          'Cold start → first diagnostics',
          `manifest, ${describe(m)}`,
          'ms',
          oursM?.values,
          yaml.name,
          yamlM?.values,
        ),
        2.5,
        '≤ 40% of peer',
      ),
    );
    const oursD = await maybe(ours, 'cold start, Dockerfile', (s) => coldStart(s, d, runs, workDir));
    const dockerD = await maybe(docker, 'cold start, Dockerfile', (s) => coldStart(s, d, runs, workDir));
    rows.push(
      ratioTarget(
        row(
          'Cold start → first diagnostics',
          `Dockerfile, ${describe(d)}`,
          'ms',
          oursD?.values,
          docker.name,
          dockerD?.values,
        ),
        1,
        '≥ 1x',
      ),
    );
    rows.push({
      ...row('of which spawn → initialize answered', 'manifest runs', 'ms', oursM?.initMs, yaml.name, yamlM?.initMs),
      target: undefined,
    });
    rows.push({
      ...row(
        'of which spawn → initialize answered',
        'Dockerfile runs',
        'ms',
        oursD?.initMs,
        docker.name,
        dockerD?.initMs,
      ),
      target: undefined,
    });
  }

  if (!skip.has('edit')) {
    const opts = { sessions: runs, edits: 10, warmup: 2, workDir };
    const [oursM, yamlM] = await pairedEditLatency(ours, yaml, m, opts, 'edit, manifest', log);
    rows.push(
      ratioTarget(
        row('1-char edit → diagnostics', `manifest, ${describe(m)}`, 'ms', oursM?.editMs, yaml.name, yamlM?.editMs),
        15,
        '≥ 15x',
      ),
    );
    const [oursD, dockerD] = await pairedEditLatency(ours, docker, d, opts, 'edit, Dockerfile', log);
    rows.push(
      ratioTarget(
        row(
          '1-char edit → diagnostics',
          `Dockerfile, ${describe(d)}`,
          'ms',
          oursD?.editMs,
          docker.name,
          dockerD?.editMs,
        ),
        1,
        'no worse (≥ 1x)',
      ),
    );
    // Toggling one character repeats two texts; real typing makes every version new.
    const [oursT, dockerT] = await pairedEditLatency(
      ours,
      docker,
      d,
      { ...opts, mode: 'typing' },
      'typing, Dockerfile',
      log,
    );
    rows.push({
      ...row(
        'Typing a word → diagnostics',
        `Dockerfile, ${describe(d)}`,
        'ms',
        oursT?.editMs,
        docker.name,
        dockerT?.editMs,
      ),
      target: undefined,
    });
    memoryRows.push(peakRssAtMostPeer('Dockerfile edit session', oursD?.peakRssKb, docker.name, dockerD?.peakRssKb));
    if (yamlM !== undefined) {
      const beyond = summarize(yamlM.editMs.map((v) => v - 200));
      if (beyond !== undefined) {
        notes.push(
          `yaml-language-server validates 200 ms after the last change (its fixed validationDelayMs); ` +
            `its manifest edit median is ${(beyond.median + 200).toFixed(0)} ms, of which ${beyond.median.toFixed(0)} ms is work after that delay.`,
        );
      }
    }
  }

  if (!skip.has('joined')) {
    const opts = { sessions: runs, edits: 2, warmup: 1, workDir, warm: m };
    const oursJ = await maybe(ours, 'joined corpus', (s) => editLatency(s, j, opts));
    const yamlJ = await maybe(yaml, 'joined corpus', (s) => editLatency(s, j, opts));
    rows.push(
      ratioTarget(
        row(
          'Open → diagnostics (warm server)',
          `joined manifests, ${describe(j)}`,
          'ms',
          oursJ?.openMs,
          yaml.name,
          yamlJ?.openMs,
        ),
        10,
        '≥ 10x',
      ),
    );
    rows.push(
      ratioTarget(
        row(
          '1-char edit → diagnostics',
          `joined manifests, ${describe(j)}`,
          'ms',
          oursJ?.editMs,
          yaml.name,
          yamlJ?.editMs,
        ),
        10,
        '≥ 10x',
      ),
    );
    memoryRows = [
      peakRssAtMostPeer('joined-manifests session', oursJ?.peakRssKb, yaml.name, yamlJ?.peakRssKb),
      ...memoryRows,
    ];
  }

  if (!skip.has('big')) {
    const opts = { runs, hoverDelayMs: 100, workDir };
    const oursB = await maybe(ours, '50,000-line manifest', (s) => bigFile(s, big, m, opts));
    const yamlB = await maybe(yaml, '50,000-line manifest', (s) => bigFile(s, big, m, opts));
    rows.push(
      limitTarget(
        row(
          'Open → full diagnostics',
          `generated, ${describe(big)}`,
          'ms',
          oursB?.diagnoseMs,
          yaml.name,
          yamlB?.diagnoseMs,
        ),
        1000,
        '< 1 s',
      ),
    );
    rows.push({
      ...row(
        'Hover sent 100 ms into that',
        `generated, ${describe(big)}`,
        'ms',
        oursB?.hoverMs,
        yaml.name,
        yamlB?.hoverMs,
      ),
      target: undefined,
    });
    notes.push(
      ...hoverNotes('50,000 lines', [
        ['cntutor', oursB],
        [yaml.name, yamlB],
      ]),
    );
    const large = largeManifest(inputs.corpusDir);
    if (large === undefined) notes.push(`no ${LARGE_MANIFEST} in the corpus: its rows were not measured`);
    else {
      log('large manifest: open in each server');
      rows.push(...(await largeManifestServerRows(ours, yaml, large, m, { runs, workDir }, notes)));
    }
    memoryRows.push({
      ...row(
        'Server peak RSS (VmHWM)',
        '50,000-line session',
        'MB',
        mb(oursB?.peakRssKb ?? []),
        yaml.name,
        mb(yamlB?.peakRssKb ?? []),
      ),
      target: undefined,
    });
  }
  if (!skip.has('crossfile')) {
    const workspace = crossFileInputs(inputs.corpusDir, cacheDir);
    const opts = { sessions: runs, edits: 10, warmup: 2, workDir };
    const oursX = await maybe(ours, 'cross-file edit', (s) => crossFileLatency(s, workspace, opts));
    rows.push(
      limitTarget(
        row(
          "Edit in one file → the other file's cross-file findings",
          `workspace of ${workspace.files} manifests (${workspace.origin}), 10 files open`,
          'ms',
          oursX?.editMs,
          '',
          undefined,
        ),
        50,
        '< 50 ms',
      ),
    );
    memoryRows.push({
      ...row('Server peak RSS (VmHWM)', 'cross-file session', 'MB', mb(oursX?.peakRssKb ?? []), '', undefined),
      target: undefined,
    });
    notes.push(
      `Cross-file: each session copies the ${workspace.files}-manifest workspace, lets the server index it in the background, opens ${workspace.watched} (a Service), ${workspace.edited} (its Deployment) and 8 more files, then toggles one pod-template label of the Deployment so the Service stops or starts selecting it; timed from the edit to the Service file's republished diagnostics. yaml-language-server has no cross-file checks to compare with.`,
    );
  }
  rows.push(...memoryRows);

  if (!skip.has('cli')) {
    const cli = await cliRowsOf({ repoRoot, inputs, runs, workDir, log });
    cliRows.push(...cli.rows);
    notes.push(...cli.notes);
    ruleTimes = cli.ruleTimes;
  }

  const counts = [...publishVersionCounts.entries()]
    .map(([name, c]) => `${name} ${c.versioned} with a version / ${c.unversioned} without`)
    .join('; ');
  notes.push(
    `Edit latency waits for the publishDiagnostics carrying the edit's version; a server that publishes without a version is taken at its first publish after the edit. Publishes seen: ${counts}.`,
    `The local Kubernetes schema given to yaml-language-server (yaml.schemas, schema store and CRD store off) is generated from ${schema.source}: ${schema.kinds} kinds (apiVersion/kind pairs) in one oneOf, ${schema.definitions} definitions, unknown fields rejected (${(schema.bytes / 1e6).toFixed(1)} MB). Probe manifest: ${probe.filter((p) => /Incorrect type|not allowed/i.test(p)).join('; ')}.`,
    "Peak RSS is the server process's VmHWM from /proc/<pid>/status at the end of the session.",
    "cntutor's code cache starts empty in a folder of the bench's own: the first run of each program makes it (that run is in each row's range), the later runs take it.",
    `Each edit session opens the document, waits for quiet, then types one character at a time (insert, delete, …) with a pause after each result; 10 edits are measured after 2 unmeasured ones, in ${runs} fresh sessions per server, the two servers' sessions taken in turns. "Typing a word" appends letters to the same line instead, so no version of the text repeats an earlier one. Joined manifests: ${runs} sessions, each warmed on the edit manifest, 2 measured edits each.`,
    `Machine shared with other work while measuring: expect noise; 1-minute load average ${loadAtStart[0]?.toFixed(1) ?? '?'} at the start and ${loadavg()[0]?.toFixed(1) ?? '?'} at the end, on ${cpus().length} cores.`,
  );

  const report: Report = {
    title: 'Benchmark: cntutor against the peers',
    when: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Linux`,
    versions: servers.versions,
    runs,
    rows,
    cliRows,
    ...(ruleTimes ? { ruleTimes } : {}),
    inputs: [
      `Manifest edit: ${inputs.editManifest.origin}, ${describe(m)}`,
      `Dockerfile edit: ${inputs.editDockerfile.origin}, ${describe(d)}`,
      `Joined manifests: ${j.origin}, ${describe(j)}`,
      `Big manifest: ${big.origin}, ${describe(big)}`,
      `Command line: ${inputs.corpusDir === undefined ? 'a generated corpus' : '../shared/corpus'} (${inputs.cliFiles.manifests} manifests, ${inputs.cliFiles.dockerfiles.length} Dockerfiles)`,
    ],
    notes,
  };
  process.stdout.write(`${toText(report)}\n`);
  if (write) {
    writeFileSync(join(repoRoot, 'bench', 'RESULTS.md'), toMarkdown(report));
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    writeFileSync(join(repoRoot, 'bench', 'results', 'latest.json'), JSON.stringify(report, null, 2));
    log('wrote bench/RESULTS.md and bench/results/latest.json');
  }
  rmSync(workDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
