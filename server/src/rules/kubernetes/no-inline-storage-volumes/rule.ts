import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { podVolumes } from '../pod-volumes';

/**
 * Volume sources the restricted Pod Security Standard accepts (`image`, an OCI image mounted
 * read-only, is newer than the standard's list and no more dangerous than the container's own
 * image). hostPath is left to no-host-path-volume and no-sensitive-host-mount.
 */
const ACCEPTED = new Set([
  'name',
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
  'hostPath',
]);

export default defineKubernetesRule({
  id: 'no-inline-storage-volumes',
  title: {
    en: 'Reach storage through a PersistentVolumeClaim',
    ko: '스토리지는 퍼시스턴트볼륨클레임으로 연결하기',
  },
  severity: 'info',
  concept: 'loose-coupling',
  topics: ['kubernetes-architecture', 'cloud-native'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A volume such as `nfs`, `iscsi`, `rbd`, `cephfs`, `awsElasticBlockStore` or `flexVolume` written into the pod names one storage server and the way to reach it: the manifest then works in one cluster only, and the node mounts that storage with its own privileges on the pod’s behalf. A PersistentVolumeClaim asks for storage by size and class and leaves the where to the cluster. Namespaces that enforce the restricted Pod Security Standard refuse these volume types; several of them were removed from Kubernetes altogether.',
    ko: '`nfs`, `iscsi`, `rbd`, `cephfs`, `awsElasticBlockStore`, `flexVolume` 같은 볼륨을 파드에 직접 쓰면 특정 스토리지 서버와 접근 방법이 박힙니다. 그러면 매니페스트는 한 클러스터에서만 동작하고, 노드가 파드를 대신해 자신의 권한으로 그 스토리지를 마운트합니다. 퍼시스턴트볼륨클레임은 크기와 클래스로 스토리지를 요청하고 어디에 둘지는 클러스터에 맡깁니다. 파드 시큐리티 스탠다드의 제한(restricted) 프로필을 강제하는 네임스페이스는 이런 볼륨 유형을 거부하며, 그중 여럿은 쿠버네티스에서 아예 제거되었습니다.',
  },
  remediation: {
    en: 'Describe the storage once as a PersistentVolume (or a StorageClass with a CSI driver) and mount it through a `persistentVolumeClaim` volume. For a Git checkout, clone in an init container into an `emptyDir`.',
    ko: '스토리지는 퍼시스턴트볼륨(또는 CSI 드라이버를 쓰는 스토리지클래스)으로 한 번 기술하고, `persistentVolumeClaim` 볼륨으로 마운트하세요. Git 체크아웃이 필요하면 초기화 컨테이너에서 `emptyDir`로 클론하세요.',
  },
  peers: {
    pss: ['volume-types'],
    trivy: ['KSV028'],
  },
  example: {
    bad: deployment({
      container: containerWith({ volumeMounts: ['volumeMounts:', '  - { name: shared, mountPath: /srv/shared }'] }),
      pod: ['volumes:', '  - name: shared', '    nfs: { server: nfs.example.com, path: /exports/shared }'],
    }),
    good: deployment({
      container: containerWith({ volumeMounts: ['volumeMounts:', '  - { name: shared, mountPath: /srv/shared }'] }),
      pod: ['volumes:', '  - name: shared', '    persistentVolumeClaim: { claimName: shared }'],
    }),
  },
  messages: {
    inline: {
      en: 'Volume "{volume}" uses the {type} volume type directly: claim the storage with a PersistentVolumeClaim instead.',
      ko: '볼륨 "{volume}"{이/가} {type} 볼륨 유형을 직접 씁니다. 대신 퍼시스턴트볼륨클레임으로 스토리지를 요청하세요.',
    },
    gitRepo: {
      en: 'Volume "{volume}" uses gitRepo, which is deprecated and lets the repository run code on the node: clone in an init container instead.',
      ko: '볼륨 "{volume}"{이/가} 지원 중단된 gitRepo를 씁니다. 저장소가 노드에서 코드를 실행할 수 있으니, 대신 초기화 컨테이너에서 클론하세요.',
    },
  },
  check(ctx) {
    for (const volume of podVolumes(ctx)) {
      for (const type of Object.keys(volume.value)) {
        if (ACCEPTED.has(type)) continue;
        ctx.report({
          range: ctx.keyRange([...volume.path, type]),
          message: ctx.t(type === 'gitRepo' ? 'gitRepo' : 'inline', { volume: volume.name, type }),
        });
      }
    }
  },
});
