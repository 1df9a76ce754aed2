import type { K8sObject } from '../../engine/kubernetes/parse';
import { ownValue } from '../../engine/own-keys';

/** The API groups that serve each built-in kind ('' is the core group, `apiVersion: v1`). */
const GROUPS: Record<string, readonly string[]> = {
  CronJob: ['batch'],
  Job: ['batch'],
  PodDisruptionBudget: ['policy'],
  HorizontalPodAutoscaler: ['autoscaling'],
  Ingress: ['networking.k8s.io', 'extensions'],
  Service: [''],
  Pod: [''],
  PodTemplate: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
};

/**
 * Whether the object is a custom resource that shares a built-in kind's name (the kubebuilder
 * tutorial's `CronJob`, an operator's `Job`): its fields mean something else, and the built-in
 * kind's rules must not judge it. Kinds Kubernetes does not define are never namesakes.
 */
export function isCustomNamesake(object: K8sObject): boolean {
  const groups = ownValue(GROUPS, object.kind);
  if (!groups) return false;
  const slash = object.apiVersion.indexOf('/');
  return !groups.includes(slash >= 0 ? object.apiVersion.slice(0, slash) : '');
}
