// Keeps 30 MB of small objects alive, as a bundle's start-up or a fresh parse does, in a fresh
// process with or without the hold from the start, and prints how large the young generation grew.
import { getHeapSpaceStatistics } from 'node:v8';
import { holdFromStart } from '../../server/src/young-generation';

if (process.argv[2] === 'hold') holdFromStart();
const kept: { index: number; label: string }[] = [];
for (let i = 0; i < 400_000; i++) kept.push({ index: i, label: `object ${i}` });
const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
process.stdout.write(JSON.stringify({ kept: kept.length, newSpaceBytes: newSpace?.space_size ?? -1 }));
