// Lookups in the section tree (GET /categories): a section page needs its node and its
// parent (breadcrumbs), the home page groups items under top-level sections.
import type { CategoryNode } from './api/types';

export interface FoundCategory {
  node: CategoryNode;
  parent: CategoryNode | null;
}

export function findCategory(tree: readonly CategoryNode[], slug: string, parent: CategoryNode | null = null): FoundCategory | null {
  for (const node of tree) {
    if (node.slug === slug) return { node, parent };
    const found = findCategory(node.children ?? [], slug, node);
    if (found) return found;
  }
  return null;
}

/** The section's chain from the top: [parent, section] for a sub-section. */
export function trail(tree: readonly CategoryNode[], slug: string): CategoryNode[] {
  const found = findCategory(tree, slug);
  if (!found) return [];
  return found.parent ? [...trail(tree, found.parent.slug), found.node] : [found.node];
}
