/**
 * End-to-end: the tutor in a real VS Code — the walkthrough, the Cloud Native Concepts view, note
 * and rule pages, an exercise from start to solved, and the whole of it in Korean with
 * `cntutor.locale: ko` (no Korean language pack can be installed offline).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConceptNode } from '../../../client/src/concepts-view';
import type { TutorApi } from '../../../client/src/extension';
import { findExercise } from '../../../server/src/exercises';
import { EXTENSION_ID, find, hoverText, open, ruleOf, sleep, waitForDiagnostics, workspaceUri } from './helpers';

const HANGUL = /[\uac00-\ud7a3]/u;

async function api(): Promise<TutorApi> {
  const extension = vscode.extensions.getExtension<TutorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

function label(tutor: TutorApi, node: ConceptNode): string {
  const item = tutor.concepts.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

async function topicLabels(tutor: TutorApi): Promise<string[]> {
  const [topics] = await tutor.concepts.getChildren();
  assert.ok(topics);
  return (await tutor.concepts.getChildren(topics)).map((node) => label(tutor, node));
}

function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((tab) => tab.label));
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function setLocale(locale: 'auto' | 'ko'): Promise<void> {
  await vscode.workspace
    .getConfiguration('cntutor')
    .update('locale', locale === 'auto' ? undefined : locale, vscode.ConfigurationTarget.Global);
}

suite('Tutor', () => {
  suiteSetup(async () => {
    await open('Dockerfile');
  });

  test('the walkthrough opens', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#cntutor.start`, false);
    await waitFor('the walkthrough tab', () => tabLabels().some((l) => /welcome|walkthrough/i.test(l)));
  });

  test('the samples open with findings to read', async () => {
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('cntutor.openSamples');
    assert.equal(uris.length, 2);
    const [dockerfile] = uris;
    assert.ok(dockerfile);
    await waitForDiagnostics(dockerfile, (ds) => ds.some((d) => ruleOf(d) === 'exec-form-cmd'), 'exec-form-cmd');
  });

  test('the concepts view lists the twelve topics, then the principles with their rules', async () => {
    const tutor = await api();
    await vscode.commands.executeCommand('cntutor.concepts.focus');
    const topics = await topicLabels(tutor);
    assert.equal(topics.length, 12, topics.join(', '));
    assert.equal(topics[0], '1. Virtualization');
    assert.equal(topics[11], '12. Hybrid and multi-cloud with Kubernetes');
    const [, principles] = await tutor.concepts.getChildren();
    assert.ok(principles);
    const notes = await tutor.concepts.getChildren(principles);
    const declarative = notes.find((n) => n.type === 'note' && n.note.id === 'declarative-specs');
    assert.ok(declarative, 'the principles include declarative specs');
    const children = await tutor.concepts.getChildren(declarative);
    assert.ok(children.some((n) => n.type === 'rule' && n.rule.id === 'exec-form-cmd'));
  });

  test('a rule in the view has the workspace findings under it, and a count on its note', async () => {
    const tutor = await api();
    await vscode.commands.executeCommand('cntutor.refreshConcepts');
    const node = await waitFor('exec-form-cmd findings', async () => {
      const [, principles] = await tutor.concepts.getChildren();
      const notes = principles ? await tutor.concepts.getChildren(principles) : [];
      const note = notes.find((n) => n.type === 'note' && n.note.id === 'declarative-specs');
      const rules = note ? await tutor.concepts.getChildren(note) : [];
      const rule = rules.find((n) => n.type === 'rule' && n.rule.id === 'exec-form-cmd');
      const findings = rule ? await tutor.concepts.getChildren(rule) : [];
      return findings.some(
        (f) => f.type === 'finding' && f.finding.uri.toString() === workspaceUri('Dockerfile').toString(),
      )
        ? note
        : undefined;
    });
    assert.match(String(tutor.concepts.getTreeItem(node).description), /\d+ findings/);
  });

  test('a note opens rendered, and a rule page lists its findings', async () => {
    const tutor = await api();
    assert.equal(await vscode.commands.executeCommand('cntutor.openConcept', 'least-privilege'), true);
    assert.equal(tutor.notes.current?.title, 'Least privilege');
    assert.equal(await vscode.commands.executeCommand('cntutor.openRule', 'exec-form-cmd'), true);
    assert.equal(tutor.notes.current?.kind, 'rule');
    assert.ok(
      vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview)),
      'the page is a webview',
    );
  });

  test('an exercise starts in a scratch folder, and its check passes after the fix', async () => {
    const tutor = await api();
    const exercise = findExercise('pid-one-signals');
    assert.ok(exercise);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('cntutor.startExercise', exercise.id);
    assert.ok(uri, 'the exercise file was written');
    const editor = await waitFor('the exercise editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()),
    );
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === 'exec-form-cmd'), 'exec-form-cmd');
    const failing = await vscode.commands.executeCommand<{ passed: boolean }>('cntutor.checkExercise', exercise.id);
    assert.equal(failing.passed, false);
    assert.equal(tutor.exercises.isDone(exercise.id), false);

    const hint = await vscode.commands.executeCommand<string>('cntutor.exerciseHint', exercise.id);
    assert.equal(hint, exercise.hints[0]?.en);

    const edit = new vscode.WorkspaceEdit();
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    edit.replace(uri, whole, exercise.solution);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await editor.document.save();
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => ruleOf(d) === 'exec-form-cmd'), 'no exec-form-cmd');
    const passing = await vscode.commands.executeCommand<{ passed: boolean }>('cntutor.checkExercise', exercise.id);
    assert.equal(passing.passed, true);
    assert.equal(tutor.exercises.isDone(exercise.id), true);

    const [topics] = await tutor.concepts.getChildren();
    const containers = topics
      ? (await tutor.concepts.getChildren(topics)).find((n) => n.type === 'note' && n.note.id === 'containers')
      : undefined;
    assert.ok(containers);
    const item = (await tutor.concepts.getChildren(containers)).find(
      (n) => n.type === 'exercise' && n.exercise.id === exercise.id,
    );
    assert.ok(item, 'the topic lists its exercise');
    assert.equal(tutor.concepts.getTreeItem(item).description, 'done');
  });
});

suite('Tutor in Korean (cntutor.locale: ko)', () => {
  const dockerfile = workspaceUri('Dockerfile');

  suiteSetup(async () => {
    await open('Dockerfile');
    await setLocale('ko');
  });
  suiteTeardown(() => setLocale('auto'));

  test('findings and hovers read in Korean', async () => {
    const diagnostics = await waitForDiagnostics(
      dockerfile,
      (ds) => ds.some((d) => ruleOf(d) === 'exec-form-cmd' && HANGUL.test(d.message)),
      'a Korean exec-form-cmd message',
    );
    const d = find(diagnostics, 'exec-form-cmd');
    const markdown = await hoverText(dockerfile, d.range.start.translate(0, 2));
    assert.match(markdown, /왜 중요한가/, markdown);
    assert.match(markdown, /고치는 법/, markdown);
    assert.match(markdown, /선언형 명세/, 'the concept is named in Korean');
    assert.match(markdown, /cntutor\.openConcept\?[^)]*%22ko%22/, 'the note link opens the Korean note');
  });

  test('a field hover teaches in Korean', async () => {
    await open('deployment.yaml');
    const uri = workspaceUri('deployment.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.trim() === 'replicas: 2');
    const markdown = await hoverText(uri, new vscode.Position(line, 4));
    assert.match(markdown, /📘 \[클라우드 컴퓨팅 기초\]/, markdown);
  });

  test('the concepts view and the pages read in Korean', async () => {
    const tutor = await api();
    const topics = await waitFor('Korean topics', async () => {
      const labels = await topicLabels(tutor);
      return labels[0] === '1. 가상화' ? labels : undefined;
    });
    assert.equal(topics.length, 12);
    const [group] = await tutor.concepts.getChildren();
    assert.ok(group);
    assert.equal(label(tutor, group), '강의 주제');
    await vscode.commands.executeCommand('cntutor.openConcept', 'least-privilege');
    assert.equal(tutor.notes.current?.title, '최소 권한');
    assert.equal(tutor.notes.current?.locale, 'ko');
  });

  test('the Korean walkthrough opens', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#cntutor.start.ko`, false);
    await waitFor('the walkthrough tab', () => tabLabels().some((l) => /welcome|walkthrough|시작/i.test(l)));
  });
});
