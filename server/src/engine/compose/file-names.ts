// Apart from the parser: the launchers ask this of every file name before any bundle loads, and
// importing the parser would put the YAML library into them.

/**
 * The names Docker Compose picks up by itself (`compose.yaml`, `docker-compose.yml`) and the
 * variants projects keep beside them (`compose.override.yaml`, `docker-compose.prod.yml`,
 * `docker-compose-dev.yml`, `app.docker-compose.yml`).
 */
export function isComposeFileName(base: string): boolean {
  // VS Code gives its `dockercompose` language to `compose.*.y(a)ml` and `*docker*compose*.y(a)ml`.
  return /^compose([.-][\w.-]*)?\.ya?ml$/i.test(base) || /docker[\w.-]*compose[\w.-]*\.ya?ml$/i.test(base);
}
