// The builder's saved state: written in parts (a full build of 100,000 items saves 17 MB), read
// back whole, and the same as JSON.stringify would have made it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { emptyState, itemEntry, itemOf, loadState, saveState, stateJson, type BuildState } from '../../src/build/state';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function bigState(items: number): BuildState {
  const state = emptyState();
  state.token = 'tx:42';
  state.complete = true;
  state.frame = JSON.stringify({ siteName: 'Cổng "thông tin"' });
  state.dirtyLists = ['tag:soc-trang'];
  for (let id = 1; id <= items; id++) state.items[id] = itemEntry({ file: `bai-viet/bai-${id}.html`, lists: ['section:kinh-te', `tag:chu-de-${id % 7}`] });
  for (let n = 0; n < 7; n++) state.lists[`tag:chu-de-${n}`] = { total: 3, pages: { 1: [3, 2, 1] } };
  state.lists.videos = { total: 0, pages: {} };
  return state;
}

describe('the saved state', () => {
  test('is read back as it was, from a file written in parts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    dirs.push(dir);
    const state = bigState(4321); // more than two parts of items
    await saveState(dir, state);
    const loaded = await loadState(dir);
    expect(loaded).toEqual(state);
    expect(itemOf(loaded, 4321)).toEqual({ file: 'bai-viet/bai-4321.html', lists: ['section:kinh-te', 'tag:chu-de-2'] });
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(state)));
  });

  test('with no items or lists is still JSON', () => {
    const state = emptyState();
    expect(JSON.parse([...stateJson(state)].join(''))).toEqual(JSON.parse(JSON.stringify(state)));
  });
});
