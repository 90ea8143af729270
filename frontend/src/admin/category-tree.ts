// The management API lists sections flat (each with its parentId); screens show them as a
// tree: menus indent sub-sections, the categories screen nests them.
import type { CategoryResponse } from './types';

export interface CategoryBranch {
  category: CategoryResponse;
  depth: number;
  children: CategoryBranch[];
}

const byOrder = (a: CategoryResponse, b: CategoryResponse) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi');

/** Nests the flat list; a section whose parent is missing is shown at the top, not lost. */
export function buildTree(categories: readonly CategoryResponse[]): CategoryBranch[] {
  const ids = new Set(categories.map((c) => c.id));
  const childrenOf = new Map<number | null, CategoryResponse[]>();
  for (const category of categories) {
    const parent = category.parentId != null && ids.has(category.parentId) ? category.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), category]);
  }
  const seen = new Set<number>();
  const grow = (parent: number | null, depth: number): CategoryBranch[] =>
    (childrenOf.get(parent) ?? []).sort(byOrder).filter((c) => !seen.has(c.id) && seen.add(c.id))
      .map((category) => ({ category, depth, children: grow(category.id, depth + 1) }));
  return grow(null, 0);
}

/** Depth-first, for <select> menus: "Tin tức", "— Trong tỉnh", … */
export function flatten(tree: readonly CategoryBranch[]): CategoryBranch[] {
  return tree.flatMap((branch) => [branch, ...flatten(branch.children)]);
}

export function categoryOptions(categories: readonly CategoryResponse[], valueOf: (c: CategoryResponse) => string): Array<{ value: string; label: string }> {
  return flatten(buildTree(categories)).map(({ category, depth }) => ({ value: valueOf(category), label: `${'— '.repeat(depth)}${category.name}` }));
}
