/**
 * What the engine may know about the build context around a Dockerfile. Like the workspace
 * index, it is handed in by the caller (the CLI reads it next to the Dockerfile, the language
 * server from the workspace), so `lint()` stays a pure function of its arguments.
 */
export interface BuildContext {
  /**
   * The text of the `.dockerignore` that applies to the build: null when it is known that there
   * is none, undefined when nobody looked. Rules about it stay quiet when it is undefined.
   */
  dockerignore?: string | null;
  /**
   * True when the Dockerfile's own folder holds a `.dockerignore` that does not apply, because the
   * files that build it send another folder as the context (a usual mistake: Docker reads it only
   * at the root of the context, or as `<Dockerfile>.dockerignore`).
   */
  strayDockerignore?: boolean;
}
