// What changed between the previous data file and the new one: added, removed, changed ids.

export interface DiffSummary {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

/** Compare two record lists by a key; a record is "changed" when its JSON differs. */
export function diffRecords<T>(before: readonly T[], after: readonly T[], key: (r: T) => string): DiffSummary {
  const old = new Map(before.map((r) => [key(r), JSON.stringify(r)]));
  const now = new Map(after.map((r) => [key(r), JSON.stringify(r)]));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const [k, v] of now) {
    const prev = old.get(k);
    if (prev === undefined) added.push(k);
    else if (prev !== v) changed.push(k);
    else unchanged++;
  }
  const removed = [...old.keys()].filter((k) => !now.has(k));
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort(), unchanged };
}

/** A short, readable summary; lists at most `maxIds` ids per group. */
export function formatDiff(label: string, d: DiffSummary, maxIds = 10): string {
  const list = (ids: string[]) =>
    ids.length === 0
      ? ''
      : `: ${ids.slice(0, maxIds).join(', ')}${ids.length > maxIds ? `, … (+${ids.length - maxIds} more)` : ''}`;
  return [
    `${label}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`,
    ...(d.added.length ? [`  added${list(d.added)}`] : []),
    ...(d.removed.length ? [`  removed${list(d.removed)}`] : []),
    ...(d.changed.length ? [`  changed${list(d.changed)}`] : []),
  ].join('\n');
}
