import type { BuildOptions, Plugin } from 'esbuild';

export const browserPlatform: Plugin;
export function browserBuilds(common: BuildOptions, plugins: Plugin[]): BuildOptions[];
