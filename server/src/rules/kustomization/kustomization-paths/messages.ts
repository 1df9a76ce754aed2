import type { LocalizedText } from '../../../engine/rule';
import { CLOSEST_PATH_MESSAGES } from '../../closest-path-messages';

export const KUSTOMIZATION_PATHS_MESSAGES: Record<string, LocalizedText> = {
  missingResource: {
    en: '`{written}` is neither a file nor a folder beside {file}: `kustomize build` stops ("accumulating resources from \'{written}\': … no such file or directory").',
    ko: '`{written}`{은/는} {file} 옆에 있는 파일도 폴더도 아닙니다. `kustomize build`가 멈춥니다("accumulating resources from \'{written}\': … no such file or directory").',
  },
  listedTwice: {
    en: '`{written}` is listed twice under `resources`: kustomize adds its objects twice, and `kustomize build` stops ("may not add resource with an already registered id"). Delete one entry.',
    ko: '`{written}`{이/가} `resources`에 두 번 적혀 있습니다. kustomize는 그 오브젝트를 두 번 더하려다 멈춥니다("may not add resource with an already registered id"). 한 항목을 지우세요.',
  },
  ...CLOSEST_PATH_MESSAGES,
  missingComponent: {
    en: '`{written}` is no folder beside {file}: `kustomize build` stops when it accumulates the components.',
    ko: '`{written}`{은/는} {file} 옆에 있는 폴더가 아닙니다. `kustomize build`가 컴포넌트를 모으다 멈춥니다.',
  },
  missingFile: {
    en: '`{written}` (under `{field}`) does not exist beside {file}: `kustomize build` stops when it reads it.',
    ko: '`{field}`에 적힌 `{written}`{이/가} {file} 옆에 없습니다. `kustomize build`가 이 파일을 읽다 멈춥니다.',
  },
  noKustomization: {
    en: "`{written}` is a folder without a kustomization.yaml: `kustomize build` stops (\"unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory\"). List its files one by one, or give the folder a kustomization.",
    ko: "`{written}`{은/는} kustomization.yaml이 없는 폴더입니다. `kustomize build`가 멈춥니다(\"unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory\"). 폴더의 파일을 하나씩 적거나, 폴더에 kustomization을 두세요.",
  },
  componentAsResource: {
    en: "`{written}` is a Component, which kustomize builds only under `components:`: `kustomize build` stops (\"expected kind 'Kustomization' for path '{written}' but got 'Component'\").",
    ko: "`{written}`{은/는} Component이며, kustomize는 Component를 `components:` 아래에서만 빌드합니다. `kustomize build`가 멈춥니다(\"expected kind 'Kustomization' for path '{written}' but got 'Component'\").",
  },
  resourceAsComponent: {
    en: "`{written}` holds a kustomization of kind {kind}, and `components:` takes only kind Component: `kustomize build` stops (\"expected kind 'Component' for path '{written}' but got '{kind}'\"). List it under `resources:`, or make it a Component.",
    ko: "`{written}`에는 kind가 {kind}인 kustomization이 있는데, `components:`에는 kind가 Component인 것만 올 수 있습니다. `kustomize build`가 멈춥니다(\"expected kind 'Component' for path '{written}' but got '{kind}'\"). `resources:` 아래로 옮기거나 Component로 바꾸세요.",
  },
  componentFile: {
    en: '`{written}` is a file, and a component is a folder holding a kustomization of kind Component: `kustomize build` stops.',
    ko: '`{written}`{은/는} 파일인데, 컴포넌트는 kind가 Component인 kustomization을 담은 폴더여야 합니다. `kustomize build`가 멈춥니다.',
  },
  folderNotFile: {
    en: '`{written}` is a folder, and `{field}` names files: `kustomize build` stops when it reads it.',
    ko: '`{written}`{은/는} 폴더인데 `{field}`에는 파일이 와야 합니다. `kustomize build`가 이를 읽다 멈춥니다.',
  },
  outsideRoot: {
    en: '`{written}` is a file outside the folder of {file}: kustomize loads files only from inside it, and `kustomize build` stops ("security; file … is not in or below …") unless run with `--load-restrictor LoadRestrictionsNone`. Move the file in, or give its folder a kustomization and list that folder.',
    ko: '`{written}`{은/는} {file}의 폴더 밖에 있는 파일입니다. kustomize는 그 폴더 안의 파일만 읽으므로, `--load-restrictor LoadRestrictionsNone` 없이 실행하면 `kustomize build`가 멈춥니다("security; file … is not in or below …"). 파일을 폴더 안으로 옮기거나, 파일이 있는 폴더에 kustomization을 두고 그 폴더를 적으세요.',
  },
};
