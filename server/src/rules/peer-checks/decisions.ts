import type { PeerTool } from './types';

/**
 * Peer checks that no cntutor rule covers, each with the reason: a deliberate decision, shown in the
 * rules table. A check is either named in some rule's `peers` or listed here, never both.
 */
export const PEER_DECISIONS: Partial<Record<PeerTool, Readonly<Record<string, string>>>> = {
  kubeLinter: {
    'privileged-ports':
      'A port below 1024 no longer needs root in a container: containerd 2 and Docker open the whole range to every user of the pod (net.ipv4.ip_unprivileged_port_start=0, a safe sysctl older runtimes accept too). Which port the program listens on is its own choice; the Service maps the port clients use.',
    'dnsconfig-options':
      'Lowering ndots is DNS tuning for a particular cluster and workload (it trades fewer lookups of external names for broken short names), not a practice every pod should follow; kube-linter ships it off by default for that reason.',
    'no-node-affinity':
      'Node affinity ties pods to particular nodes; most workloads should be free to run on any node, and the ones that need special hardware say so with nodeSelector or affinity when they do. Asking every pod for it would teach the opposite of cloud-native scheduling.',
    'priority-class-name':
      'PriorityClasses are defined by cluster operators, and most application pods rightly run at the default priority; the accepted names differ per cluster, so a rule could only check for a name it cannot know.',
    'required-annotation-email':
      "Which annotation names an owner, and whether one is required, is an organisation's convention (kube-linter ships this as an example of its required-annotation template, off by default). The Kubernetes recommended labels are available as the opt-in rule recommended-labels.",
    'required-label-owner':
      "Which label names an owner is an organisation's convention (kube-linter ships this as an example of its required-label template, off by default). The Kubernetes recommended labels are available as the opt-in rule recommended-labels.",
    'restart-policy':
      'kube-linter also flags restartPolicy: Never, which is a sound choice for a Job (each retry in a fresh pod, failed pods kept for their logs). The combinations the API server rejects (a Job that would restart Always, a Deployment that would not) are errors of kubernetes-validation.',
    'sorted-keys':
      'Key order carries no meaning in YAML or in the Kubernetes API, and kubectl, Helm and kustomize write keys in the order of the API types, not alphabetically; sorting teaches nothing about running workloads.',
  },
  hadolint: {
    SC: 'ShellCheck is a separate, general shell linter with hundreds of checks, mostly about quoting and style, and a binary this extension does not ship. Every RUN (heredoc scripts and ONBUILD RUN included) is parsed with cntutor’s own shell parser, and the concerns that change what a build does are rules: shell syntax errors (dockerfile-syntax), failures hidden by pipes (pipefail-before-pipe), cd where WORKDIR belongs (workdir-not-cd), sudo (no-sudo), scripts run from the network unchecked (no-curl-pipe-shell), world-writable modes (no-world-writable), interactive commands (no-runtime-commands-in-run), bash-only syntax where /bin/sh is dash (bash-syntax-in-sh). Quoting and style findings such as SC2086 are left to ShellCheck on the scripts themselves.',
    DL1001:
      'An ignore comment is how a learner records a deliberate exception, ideally with its reason; every cntutor, hadolint and BuildKit suppression keeps working rather than being discouraged (hadolint itself leaves DL1001 off).',
  },
  buildkit: {
    InvalidBaseImagePlatform:
      'Knowing which platforms a base image is published for needs its manifest from the registry; cntutor lints offline and never contacts a registry.',
    InvalidDefinitionDescription:
      'Experimental and off in BuildKit: it asks that a comment right above FROM or ARG start with the stage or argument name, which would flag the ordinary explanatory comments learners are encouraged to write.',
  },
  polaris: {
    priorityClassNotSet:
      'PriorityClasses are defined by cluster operators, and most application pods rightly run at the default priority; a missing priorityClassName is the normal case, not a finding.',
    metadataAndInstanceMismatched:
      "The Kubernetes recommended labels define app.kubernetes.io/instance as the instance of an application (Helm sets it to the release name), which often and rightly differs from an object's own name; requiring them to be equal contradicts the convention's own examples.",
  },
  dclint: {
    'no-build-and-image':
      'With both keys, `image` names the image Compose builds, so `docker compose push` and other files can refer to it; Compose documents the pair as intended, and it is how a Compose build becomes the image a Kubernetes manifest runs.',
    'no-quotes-in-volumes':
      'Quotes around a volume entry change nothing Compose reads; which strings to quote is a matter of style.',
    'require-project-name-field':
      'Without `name`, Compose names the project after the folder, which is what most projects want; a fixed name makes two checkouts of one repository share containers and volumes.',
    'require-quotes-in-ports':
      'Docker Compose v2 reads YAML 1.2, where `8080:80` is a string, not the base-60 number YAML 1.1 made of it; only the retired Python docker-compose read it that way. Ports Compose cannot read are reported by compose-schema.',
    'service-dependencies-alphabetical-order':
      'The order of `depends_on` carries no meaning: Compose starts services by the dependency graph.',
    'service-keys-order':
      "Key order carries no meaning to Compose; sorting a service's keys teaches nothing about running it.",
    'service-ports-alphabetical-order': 'The order of `ports` carries no meaning to Compose.',
    'services-alphabetical-order':
      'The order of services carries no meaning to Compose, which starts them by their dependencies; many files rightly list them in the order a reader meets them.',
    'top-level-properties-order': 'The order of the top-level keys carries no meaning to Compose.',
  },
  helmLint: {
    validateChartYamlNotDirectory:
      'A folder named Chart.yaml is not a file anyone opens or lints; Helm’s loader refuses such a chart in its own words.',
    validateChartIconPresence:
      'An icon matters to a chart published in a repository (Artifact Hub shows it); most charts live beside the application they deploy and are never published, so a note on every such Chart.yaml would teach nothing about running it.',
  },
};

/** The tools whose every check must be covered or decided; Trivy and Checkov ids are mapped where they match. */
export const TOOLS_COVERED_IN_FULL: readonly PeerTool[] = [
  'hadolint',
  'buildkit',
  'kubeLinter',
  'kubeScore',
  'polaris',
  'pss',
  'dclint',
  'helmLint',
];
