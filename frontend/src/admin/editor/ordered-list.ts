// A list the editor reorders by hand (an interview's exchanges, a photo story's photos): plain
// data with the operations every such list offers, apart from the DOM so the rules are tested
// without a browser. Each list adds its own way to add a row and to write its request.
export class OrderedList<T extends object> {
  constructor(protected readonly items: T[]) {}

  get length(): number {
    return this.items.length;
  }

  all(): readonly T[] {
    return this.items;
  }

  remove(index: number): void {
    if (index >= 0 && index < this.items.length) this.items.splice(index, 1);
  }

  /** Swaps with the neighbour; returns the new index (unchanged at either end). */
  move(index: number, direction: -1 | 1): number {
    const target = index + direction;
    if (index < 0 || index >= this.items.length || target < 0 || target >= this.items.length) return index;
    [this.items[index], this.items[target]] = [this.items[target]!, this.items[index]!];
    return target;
  }

  update(index: number, change: Partial<T>): void {
    const item = this.items[index];
    if (item) Object.assign(item, change);
  }
}
