import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { closestName, renameTarget } from '../../../engine/closest-name';
import type { KustomizationContext } from '../../../engine/kustomization/context';
import { defineKustomizationRule } from '../../../engine/rule';
import type { TextEdit } from '../../../engine/types';
import { imageMatches, imageName, kustomizeImage } from '../../../schema/kustomize';
import { KUSTOMIZATION_FILES, kustomizationFile } from '../example-files';
import { UNMATCHED_IMAGE_MESSAGES } from './messages';

/** Past this many, the message names the first images and says how many more there are. */
const LISTED_IMAGES = 5;

export default defineKustomizationRule({
  id: 'kustomization-unmatched-image',
  title: {
    en: 'Name images the kustomization builds in `images:`',
    ko: '`images:`에는 kustomization이 빌드하는 이미지 적기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations', 'containers'],
  description: {
    en: 'An `images:` entry renames, retags or pins the image of every container whose image has exactly its `name` (the part before the tag and the digest): `nginx` matches `nginx:1.27` but not `docker.io/library/nginx` or `ngnix`. When no container of what the kustomization builds has that name, kustomize applies the entry to nothing and says nothing: `kustomize build` succeeds, and the overlay meant to pin `1.27.2` for production ships whatever tag the base writes. The rule follows what the kustomization builds as kustomize does: its resource files, the folders it includes as their own kustomizations leave them (their `images:` applied first), its patch files, and the entries of its components; entries apply in order, so one may match the name an earlier entry’s `newName` gave. A Component’s entries are held against what they meet in each kustomization of the workspace that includes it: what that kustomization gathered before the component (its resources, and earlier components with their entries applied) and the component’s own resources; an entry that matches in one of them is used.',
    ko: '`images:` 항목은 이미지 이름(태그와 다이제스트 앞부분)이 `name`과 정확히 같은 모든 컨테이너의 이미지 이름을 바꾸거나 태그를 바꾸거나 고정합니다. `nginx`는 `nginx:1.27`과는 맞지만 `docker.io/library/nginx`나 `ngnix`와는 맞지 않습니다. kustomization이 빌드하는 어떤 컨테이너도 그 이름이 아니면 kustomize는 항목을 아무것에도 적용하지 않고 아무 말도 하지 않습니다. `kustomize build`는 성공하고, 운영 환경에 `1.27.2`를 고정하려던 오버레이는 베이스가 적은 태그를 그대로 내보냅니다. 이 규칙은 kustomize처럼 kustomization이 빌드하는 것을 따라갑니다. 리소스 파일, 포함한 폴더의 kustomization이 남긴 결과(그쪽 `images:`가 먼저 적용됨), 패치 파일, 컴포넌트의 항목입니다. 항목은 순서대로 적용되므로 앞 항목의 `newName`이 붙인 이름과 맞을 수도 있습니다. Component의 항목은 작업 공간에서 그것을 포함하는 각 kustomization에서 만나는 것과 견주어 봅니다. 그 kustomization이 컴포넌트보다 먼저 모은 것(리소스, 그리고 항목이 적용된 앞 컴포넌트)과 컴포넌트 자신의 리소스입니다. 그중 하나에서라도 맞는 항목은 쓰이는 것입니다.',
  },
  remediation: {
    en: 'Write the name as the containers write it (`kustomize build | grep image:` shows them), or delete the entry if the image is gone.',
    ko: '컨테이너가 적은 그대로 이름을 쓰거나(`kustomize build | grep image:`로 볼 수 있습니다), 이미지가 없어졌다면 항목을 지우세요.',
  },
  exceptions: {
    en: 'The rule stays quiet when it cannot see everything the kustomization builds: a remote resource, Helm charts, generator or transformer plugins, `configurations` (which can give image fields of custom resources), an inline patch that writes an image, a JSON patch file, a resource the workspace does not hold. A Component that no kustomization of the workspace includes is not judged (its includers elsewhere decide), nor is one whose includers cannot all be read. An entry kept on purpose for an image only some builds run may say so with `# cntutor ignore=kustomization-unmatched-image` on the line before.',
    ko: 'kustomization이 빌드하는 것을 다 볼 수 없으면 조용히 있습니다. 원격 리소스, Helm 차트, 생성기나 변환기 플러그인, (커스텀 리소스의 이미지 필드를 더할 수 있는) `configurations`, 이미지를 적는 인라인 패치, JSON 패치 파일, 작업 공간에 없는 리소스가 그렇습니다. 작업 공간의 어떤 kustomization도 포함하지 않는 Component는 판단하지 않고(다른 곳의 포함하는 쪽이 정합니다), 포함하는 쪽을 모두 읽을 수 없는 Component도 판단하지 않습니다. 일부 빌드만 쓰는 이미지를 위해 일부러 둔 항목은 앞 줄에 `# cntutor ignore=kustomization-unmatched-image`로 밝힐 수 있습니다.',
  },
  peers: {},
  noPeer:
    'kustomize builds an entry that matches nothing without a warning, and kube-linter, kube-score and Polaris read the built objects, where such an entry leaves no trace.',
  example: {
    bad: kustomizationFile({ replace: { '  - name: shop': '  - name: shpo' } }),
    good: kustomizationFile(),
    files: KUSTOMIZATION_FILES,
  },
  messages: UNMATCHED_IMAGE_MESSAGES,
  fix: 'unsafe',
  readsWorkspace: true,
  check(ctx) {
    const { file } = ctx;
    if (file.problems.length > 0 || !file.root) return;
    const reaching = ctx.workspace?.kustomizationImages?.(ctx.uri);
    if (!reaching) return;
    let images = [...reaching];
    const entries = file.root.get('images', true);
    for (const entry of isSeq(entries) ? entries.items : []) {
      const nameNode = isMap(entry) ? entry.get('name', true) : undefined;
      if (!isMap(entry) || !isScalar(nameNode) || typeof nameNode.value !== 'string') continue;
      const name = nameNode.value;
      const newName = entry.get('newName');
      const renamed = { name, range: ctx.rangeOf(nameNode), ...(typeof newName === 'string' ? { newName } : {}) };
      // Entries apply in order: what this one sees is what the ones above left.
      if (!images.some((image) => imageMatches(image, name))) report(ctx, nameNode, name, images);
      else images = images.map((image) => kustomizeImage(image, [renamed]).reference);
    }
  },
});

/** The finding on an entry no image reaches, with the name it may have meant and a rename to it. */
function report(ctx: KustomizationContext, node: Scalar, name: string, images: readonly string[]): void {
  const names = [...new Set(images.map(imageName))];
  // A Component is judged by what it meets in the kustomizations that include it.
  const component = ctx.file.value?.kind === 'Component' ? 'Component' : '';
  const listed = names.slice(0, LISTED_IMAGES).map((each) => `"${each}"`);
  const more = names.length - listed.length;
  const message =
    names.length === 0
      ? ctx.t(`noContainers${component}`, { name })
      : ctx.t(`unmatched${component}`, {
          name,
          images: more > 0 ? `${listed.join(', ')} ${ctx.t('andMore', { count: more })}` : listed.join(', '),
        });
  const closest = closestName(name, names);
  const target = renameTarget(name, closest);
  const edit = target === undefined ? undefined : renameEdit(ctx, node, target);
  ctx.report({
    range: ctx.rangeOf(node),
    message: closest === undefined ? message : `${message} ${ctx.t('closest', { closest })}`,
    // The closest name is a guess at what was meant, and renaming changes what runs: a person confirms it.
    ...(edit && target ? { fix: { title: ctx.t('fixClosest', { closest: target }), edits: [edit] } } : {}),
  });
}

/** The entry's `name` rewritten, in the quotes it was written with. */
function renameEdit(ctx: KustomizationContext, node: Scalar, name: string): TextEdit | undefined {
  if (!node.range) return undefined;
  const quote =
    node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'PLAIN' ? '' : undefined;
  if (quote === undefined) return undefined;
  return { range: ctx.rangeOf(node), newText: `${quote}${name}${quote}` };
}
