import type { Locale } from '../engine/types';

import cloudBasicsEn from './notes/cloud-basics.en.md';
import cloudBasicsKo from './notes/cloud-basics.ko.md';
import cloudNativeEn from './notes/cloud-native.en.md';
import cloudNativeKo from './notes/cloud-native.ko.md';
import containersEn from './notes/containers.en.md';
import containersKo from './notes/containers.ko.md';
import declarativeSpecsEn from './notes/declarative-specs.en.md';
import declarativeSpecsKo from './notes/declarative-specs.ko.md';
import dockerArchitectureEn from './notes/docker-architecture.en.md';
import dockerArchitectureKo from './notes/docker-architecture.ko.md';
import dockerOperationsEn from './notes/docker-operations.en.md';
import dockerOperationsKo from './notes/docker-operations.ko.md';
import helmChartsEn from './notes/helm-charts.en.md';
import helmChartsKo from './notes/helm-charts.ko.md';
import hybridMultiCloudEn from './notes/hybrid-multi-cloud.en.md';
import hybridMultiCloudKo from './notes/hybrid-multi-cloud.ko.md';
import imageLayersEn from './notes/image-layers.en.md';
import imageLayersKo from './notes/image-layers.ko.md';
import immutableImagesEn from './notes/immutable-images.en.md';
import immutableImagesKo from './notes/immutable-images.ko.md';
import kubernetesArchitectureEn from './notes/kubernetes-architecture.en.md';
import kubernetesArchitectureKo from './notes/kubernetes-architecture.ko.md';
import kubernetesMsaEn from './notes/kubernetes-msa.en.md';
import kubernetesMsaKo from './notes/kubernetes-msa.ko.md';
import kubernetesOperationsEn from './notes/kubernetes-operations.en.md';
import kubernetesOperationsKo from './notes/kubernetes-operations.ko.md';
import leastPrivilegeEn from './notes/least-privilege.en.md';
import leastPrivilegeKo from './notes/least-privilege.ko.md';
import linuxFilesystemEn from './notes/linux-filesystem.en.md';
import linuxFilesystemKo from './notes/linux-filesystem.ko.md';
import looseCouplingEn from './notes/loose-coupling.en.md';
import looseCouplingKo from './notes/loose-coupling.ko.md';
import resourceManagementEn from './notes/resource-management.en.md';
import resourceManagementKo from './notes/resource-management.ko.md';
import selfHealingEn from './notes/self-healing.en.md';
import selfHealingKo from './notes/self-healing.ko.md';
import syntaxAndStructureEn from './notes/syntax-and-structure.en.md';
import syntaxAndStructureKo from './notes/syntax-and-structure.ko.md';
import unionFilesystemEn from './notes/union-filesystem.en.md';
import unionFilesystemKo from './notes/union-filesystem.ko.md';
import virtualizationEn from './notes/virtualization.en.md';
import virtualizationKo from './notes/virtualization.ko.md';

/** Every concept note shipped in the bundle; nothing is read from disk at run time. Sorted by id. */
export const NOTE_SOURCES: Record<string, Record<Locale, string>> = {
  'cloud-basics': { en: cloudBasicsEn, ko: cloudBasicsKo },
  'cloud-native': { en: cloudNativeEn, ko: cloudNativeKo },
  containers: { en: containersEn, ko: containersKo },
  'declarative-specs': { en: declarativeSpecsEn, ko: declarativeSpecsKo },
  'docker-architecture': { en: dockerArchitectureEn, ko: dockerArchitectureKo },
  'docker-operations': { en: dockerOperationsEn, ko: dockerOperationsKo },
  'helm-charts': { en: helmChartsEn, ko: helmChartsKo },
  'hybrid-multi-cloud': { en: hybridMultiCloudEn, ko: hybridMultiCloudKo },
  'image-layers': { en: imageLayersEn, ko: imageLayersKo },
  'immutable-images': { en: immutableImagesEn, ko: immutableImagesKo },
  'kubernetes-architecture': { en: kubernetesArchitectureEn, ko: kubernetesArchitectureKo },
  'kubernetes-msa': { en: kubernetesMsaEn, ko: kubernetesMsaKo },
  'kubernetes-operations': { en: kubernetesOperationsEn, ko: kubernetesOperationsKo },
  'least-privilege': { en: leastPrivilegeEn, ko: leastPrivilegeKo },
  'linux-filesystem': { en: linuxFilesystemEn, ko: linuxFilesystemKo },
  'loose-coupling': { en: looseCouplingEn, ko: looseCouplingKo },
  'resource-management': { en: resourceManagementEn, ko: resourceManagementKo },
  'self-healing': { en: selfHealingEn, ko: selfHealingKo },
  'syntax-and-structure': { en: syntaxAndStructureEn, ko: syntaxAndStructureKo },
  'union-filesystem': { en: unionFilesystemEn, ko: unionFilesystemKo },
  virtualization: { en: virtualizationEn, ko: virtualizationKo },
};
