/**
 * "Link image … to Dockerfile …": a code action on a container's `image:` that no link pairs with a
 * Dockerfile. The rules that hold a manifest against its Dockerfile never guess the pair from file
 * names; this lets a user state it in one step, writing `images:` into the project's
 * `.cntutor.yaml` (created at the workspace root when there is none).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { CONFIG_FILE_NAMES } from '../config/file';
import { LineIndex } from '../engine/text';
import type { Locale } from '../engine/types';
import { findDockerfiles } from '../schema/file-workspace';
import { imageRepository } from '../schema/image-links';
import type { ManifestWorkspace } from '../schema/workspace-index';
import { ui } from '../teaching/ui-text';

/** At most this many Dockerfiles are offered, the nearest to the manifest first. */
const MAX_OFFERED = 5;
const IMAGE_LINE = /^(\s*(?:-\s+)?)image:\s*(["']?)([^\s"'#]+)\2\s*(?:#.*)?$/;
/** A repository is lower case; the tag after it may not be. Variables and templates are left alone. */
const IMAGE_REFERENCE = /^[a-z0-9][a-z0-9._/:@-]*(:[\w.-]+)?(@[\w:]+)?$/;

export interface ImageLinkHost {
  roots(): readonly string[];
  workspace(): ManifestWorkspace;
  /** The text of a file open in the editor, with its version; undefined when it is not open. */
  openDocument(uri: string): TextDocument | undefined;
  /** Whether the client can create files through a workspace edit. */
  canCreateFiles(): boolean;
}

export class ImageLinkActions {
  /** Dockerfiles of the workspace, by root, found on first need and again after a Dockerfile came or went. */
  private readonly dockerfiles = new Map<string, string[]>();

  constructor(private readonly host: ImageLinkHost) {}

  /** Files were created, changed or deleted: a Dockerfile among them changes the list. */
  filesChanged(uris: readonly string[]): void {
    if (uris.some((uri) => /(^|[/._-])(Dockerfile|Containerfile)([._-][^/]*)?$/i.test(uri))) this.dockerfiles.clear();
  }

  actions(document: TextDocument, range: Range, locale: Locale): CodeAction[] {
    if (!document.uri.startsWith('file:')) return [];
    const line = document.getText({
      start: { line: range.start.line, character: 0 },
      end: { line: range.start.line + 1, character: 0 },
    });
    const image = IMAGE_LINE.exec(line.replace(/\r?\n$/, ''))?.[3];
    if (!image || !IMAGE_REFERENCE.test(image)) return [];
    if (this.host.workspace().imageFor(image, document.uri)) return [];
    const manifest = fileURLToPath(document.uri);
    const root = this.host.roots().find((r) => !path.relative(r, manifest).startsWith('..'));
    if (!root) return [];
    const config = this.configFor(manifest, root);
    if (!config) return [];
    const repository = deployedRepository(this.host.workspace(), document.uri, image);
    return this.dockerfilesOf(root, manifest)
      .slice(0, MAX_OFFERED)
      .flatMap((dockerfile) => {
        const written = path.relative(path.dirname(config.path), dockerfile).split(path.sep).join('/');
        const edit = linkEdit(config, repository, written);
        if (!edit) return [];
        const title = ui('linkImage', locale, {
          image: repository,
          dockerfile: path.relative(root, dockerfile).split(path.sep).join('/'),
          config: path.relative(root, config.path).split(path.sep).join('/'),
        });
        return [{ title, kind: CodeActionKind.QuickFix, edit }];
      });
  }

  /** The `.cntutor.yaml` nearest above the manifest within its root, else a new one at the root. */
  private configFor(manifest: string, root: string): ConfigTarget | undefined {
    for (let dir = path.dirname(manifest); ; dir = path.dirname(dir)) {
      for (const name of CONFIG_FILE_NAMES) {
        const file = path.join(dir, name);
        const uri = pathToFileURL(file).href;
        const open = this.host.openDocument(uri);
        if (open) return { path: file, uri, text: open.getText(), version: open.version };
        try {
          return { path: file, uri, text: readFileSync(file, 'utf8'), version: null };
        } catch {
          // No configuration here: look in the folder above.
        }
      }
      if (dir === root || path.dirname(dir) === dir) break;
    }
    if (!this.host.canCreateFiles()) return undefined;
    const file = path.join(root, CONFIG_FILE_NAMES[0] as string);
    return { path: file, uri: pathToFileURL(file).href, text: undefined, version: null };
  }

  private dockerfilesOf(root: string, manifest: string): string[] {
    let found = this.dockerfiles.get(root);
    if (!found) this.dockerfiles.set(root, (found = findDockerfiles(root)));
    const shared = (file: string): number => commonDepth(path.dirname(file), path.dirname(manifest));
    return [...found].sort((a, b) => shared(b) - shared(a) || (a < b ? -1 : 1));
  }
}

interface ConfigTarget {
  path: string;
  uri: string;
  /** Undefined when the file does not exist yet. */
  text: string | undefined;
  version: number | null;
}

/** How many leading folders two paths share. */
function commonDepth(a: string, b: string): number {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let depth = 0;
  while (depth < left.length && left[depth] === right[depth]) depth++;
  return depth;
}

/**
 * The edit that adds `repository: dockerfile` under `images:`, keeping the rest of the file as it
 * is; undefined for a file this cannot extend without rewriting it (a YAML error, a flow mapping).
 */
function linkEdit(config: ConfigTarget, repository: string, dockerfile: string): WorkspaceEdit | undefined {
  const entry = `${yamlKey(repository)}: ${yamlKey(dockerfile)}`;
  if (config.text === undefined) {
    return {
      documentChanges: [
        { kind: 'create', uri: config.uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri: config.uri, version: null },
          edits: [{ range: at(0, 0), newText: `images:\n  ${entry}\n` }],
        },
      ],
    };
  }
  const text = config.text;
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  const index = new LineIndex(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const root = document.contents;
  let newText: string;
  let offset: number;
  const images = isMap(root)
    ? (root.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'images')
    : undefined;
  if (root !== null && !(isMap(root) && !root.flow)) return undefined;
  if (!images) {
    // A new top-level key at the end of the file.
    offset = text.length;
    newText = `${text.length > 0 && !text.endsWith('\n') ? eol : ''}images:${eol}  ${entry}${eol}`;
  } else if (images.value === null || (isScalar(images.value) && images.value.value === null)) {
    const key = images.key as { range?: [number, number, number] };
    if (!key.range) return undefined;
    offset = lineEnd(text, key.range[1]);
    newText = `${eol}  ${entry}`;
  } else if (isMap(images.value) && !images.value.flow && images.value.items.length > 0) {
    const first = images.value.items[0]?.key as { range?: [number, number, number] } | undefined;
    const last = images.value.items[images.value.items.length - 1]?.value as { range?: [number, number, number] };
    if (!first?.range || !last?.range) return undefined;
    const indent = index.positionAt(first.range[0]).character;
    offset = lineEnd(text, last.range[1] > 0 ? last.range[1] - 1 : 0);
    newText = `${eol}${' '.repeat(indent)}${entry}`;
  } else return undefined;
  const position = index.positionAt(offset);
  return {
    documentChanges: [
      {
        textDocument: { uri: config.uri, version: config.version },
        edits: [{ range: at(position.line, position.character), newText }],
      },
    ],
  };
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  return text.charAt(end - 1) === '\r' ? end - 1 : end;
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/** A plain scalar where YAML reads it back as the same string, quoted otherwise. */
function yamlKey(value: string): string {
  return /^[\w./-][\w./:@-]*$/.test(value) && !/:(\s|$)/.test(value) ? value : JSON.stringify(value);
}

/**
 * The repository to link: the name every kustomization that builds the manifest gives the image
 * (an operator's `controller` placeholder becomes what its registry holds), else the name written.
 */
function deployedRepository(workspace: ManifestWorkspace, uri: string, image: string): string {
  const built = new Set(workspace.kustomizedImages(uri, image).map((k) => imageRepository(k.reference)));
  const [only] = built;
  return built.size === 1 && only ? only : imageRepository(image);
}
