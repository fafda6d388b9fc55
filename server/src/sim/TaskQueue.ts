/**
 * A priority queue of things to do, earliest `at` first; equal times come out in the order they went in,
 * so a run never depends on how the heap happens to break ties.
 */
export class TaskQueue<T extends { readonly at: number }> {
  readonly #heap: { task: T; order: number }[] = []
  #order = 0

  get size(): number {
    return this.#heap.length
  }

  push(task: T): void {
    this.#heap.push({ task, order: this.#order++ })
    this.#up(this.#heap.length - 1)
  }

  /** Drops every task `keep` refuses, in one pass (tasks made obsolete elsewhere pile up otherwise). */
  retain(keep: (task: T) => boolean): void {
    const kept = this.#heap.filter((entry) => keep(entry.task))
    this.#heap.length = 0
    for (const entry of kept) {
      this.#heap.push(entry)
      this.#up(this.#heap.length - 1)
    }
  }

  peek(): T | undefined {
    return this.#heap[0]?.task
  }

  pop(): T | undefined {
    const top = this.#heap[0]
    const last = this.#heap.pop()
    if (top && last && this.#heap.length > 0) {
      this.#heap[0] = last
      this.#down(0)
    }
    return top?.task
  }

  #before(i: number, j: number): boolean {
    const a = this.#heap[i]
    const b = this.#heap[j]
    if (!a || !b) return false
    return a.task.at < b.task.at || (a.task.at === b.task.at && a.order < b.order)
  }

  #swap(i: number, j: number): void {
    const a = this.#heap[i]
    const b = this.#heap[j]
    if (!a || !b) return
    this.#heap[i] = b
    this.#heap[j] = a
  }

  #up(index: number): void {
    for (let i = index; i > 0;) {
      const parent = (i - 1) >> 1
      if (!this.#before(i, parent)) return
      this.#swap(i, parent)
      i = parent
    }
  }

  #down(index: number): void {
    for (let i = index; ;) {
      const left = 2 * i + 1
      const right = left + 1
      let first = i
      if (left < this.#heap.length && this.#before(left, first)) first = left
      if (right < this.#heap.length && this.#before(right, first)) first = right
      if (first === i) return
      this.#swap(i, first)
      i = first
    }
  }
}
