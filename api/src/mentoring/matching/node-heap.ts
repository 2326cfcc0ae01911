// A binary min-heap of graph nodes with decrease-key. Dijkstra over the matching
// graph (about 1,500 nodes, half a million edges) keeps one entry per node this
// way; a heap of (node, distance) entries would grow with the edges instead.
export class NodeHeap {
  private readonly nodes: Int32Array;
  /** Where each node sits in `nodes`, or −1 when it is not queued. */
  private readonly position: Int32Array;
  private readonly keys: Float64Array;
  private size = 0;

  constructor(nodeCount: number) {
    this.nodes = new Int32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
    this.keys = new Float64Array(nodeCount);
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Queues the node, or lowers its key if it is queued already. */
  set(node: number, key: number): void {
    this.keys[node] = key;
    let at = this.position[node]!;
    if (at === -1) {
      at = this.size++;
      this.nodes[at] = node;
      this.position[node] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.nodes[0]!;
    this.position[top] = -1;
    const last = this.nodes[--this.size]!;
    if (this.size > 0) {
      this.nodes[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let at = 0; at < this.size; at++) this.position[this.nodes[at]!] = -1;
    this.size = 0;
  }

  private siftUp(start: number): void {
    const node = this.nodes[start]!;
    const key = this.keys[node]!;
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.nodes[parentAt]!;
      if (this.keys[parent]! <= key) break;
      this.nodes[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.nodes[at] = node;
    this.position[node] = at;
  }

  private siftDown(start: number): void {
    const node = this.nodes[start]!;
    const key = this.keys[node]!;
    let at = start;
    for (;;) {
      let childAt = 2 * at + 1;
      if (childAt >= this.size) break;
      const rightAt = childAt + 1;
      if (rightAt < this.size && this.keys[this.nodes[rightAt]!]! < this.keys[this.nodes[childAt]!]!) childAt = rightAt;
      const child = this.nodes[childAt]!;
      if (this.keys[child]! >= key) break;
      this.nodes[at] = child;
      this.position[child] = at;
      at = childAt;
    }
    this.nodes[at] = node;
    this.position[node] = at;
  }
}
