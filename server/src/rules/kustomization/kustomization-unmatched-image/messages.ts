import type { LocalizedText } from '../../../engine/rule';

export const UNMATCHED_IMAGE_MESSAGES: Record<string, LocalizedText> = {
  unmatched: {
    en: 'No container this kustomization builds runs an image named "{name}": kustomize applies this entry to nothing, and the images stay as written. Its containers run {images}.',
    ko: '이 kustomization이 빌드하는 어떤 컨테이너도 "{name}" 이미지를 쓰지 않습니다. kustomize는 이 항목을 아무것에도 적용하지 않고 이미지는 적힌 그대로 남습니다. 컨테이너가 쓰는 이미지: {images}.',
  },
  noContainers: {
    en: 'Nothing this kustomization builds has a container: the entry for "{name}" changes nothing.',
    ko: '이 kustomization이 빌드하는 것에는 컨테이너가 없어 "{name}" 항목은 아무것도 바꾸지 않습니다.',
  },
  unmatchedComponent: {
    en: 'No container of the kustomizations that include this component runs an image named "{name}" where the component applies: kustomize applies this entry to nothing, and the images stay as written. Their containers run {images}.',
    ko: '이 컴포넌트를 포함하는 kustomization에서 컴포넌트가 적용되는 곳의 어떤 컨테이너도 "{name}" 이미지를 쓰지 않습니다. kustomize는 이 항목을 아무것에도 적용하지 않고 이미지는 적힌 그대로 남습니다. 컨테이너가 쓰는 이미지: {images}.',
  },
  noContainersComponent: {
    en: 'Nothing the kustomizations that include this component build has a container where the component applies: the entry for "{name}" changes nothing.',
    ko: '이 컴포넌트를 포함하는 kustomization이 컴포넌트가 적용되는 곳에 빌드하는 것에는 컨테이너가 없어 "{name}" 항목은 아무것도 바꾸지 않습니다.',
  },
  andMore: {
    en: 'and {count} more',
    ko: '외 {count}개',
  },
  closest: {
    en: 'Did you mean "{closest}"?',
    ko: '"{closest}"{을/를} 뜻했나요?',
  },
  fixClosest: {
    en: 'Match "{closest}"',
    ko: '"{closest}"에 맞추기',
  },
};
