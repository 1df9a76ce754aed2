import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-bare-pods',
      text: `apiVersion: v1
kind: ⟦Pod⟧
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
---
apiVersion: v1
kind: ⟦Pod⟧
metadata:
  name: migrate
spec:
  restartPolicy: Never
  containers:
    - name: migrate
      image: example.com/migrate:3.0.1
`,
    },
    {
      name: 'fire-pod-in-list',
      text: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ⟦Pod⟧
    metadata:
      name: debug
    spec:
      containers:
        - name: shell
          image: busybox:1.36
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-controllers',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
`,
    },
    {
      name: 'dont-fire-owned-pod',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web-7d4b9c-x2k8p
  ownerReferences:
    - apiVersion: apps/v1
      kind: ReplicaSet
      name: web-7d4b9c
      uid: 6f1c1b1e-8a4e-4b7e-9d43-3b0f3e7c2a10
      controller: true
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
`,
    },
    {
      name: 'dont-fire-static-pod',
      uri: 'file:///etc/kubernetes/manifests/etcd.yaml',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: etcd
  namespace: kube-system
spec:
  hostNetwork: true
  containers:
    - name: etcd
      image: registry.k8s.io/etcd:3.5.15-0
`,
    },
    {
      name: 'dont-fire-helm-hook-pod',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: shop-test-connection
  annotations:
    "helm.sh/hook": test
    "helm.sh/hook-delete-policy": hook-succeeded
spec:
  restartPolicy: Never
  containers:
    - name: wget
      image: busybox:1.37.0
      command: ["wget"]
      args: ["shop:80"]
`,
    },
  ],
});
