// Neighbourhood highlighting: hovering a node lights it, its neighbours and its edges and fades the
// rest; the selection stays lit when the pointer leaves.
import type { Renderer } from './renderer.ts';
import type { RenderGraph } from './render-graph.ts';
import type { Selection } from './url-state.ts';

interface Lit {
  nodes: string[];
  edges: string[];
}

export class Neighbourhood {
  private readonly renderer: Renderer;
  private readonly graph: RenderGraph;
  private lit: Lit = { nodes: [], edges: [] };
  private pinned: Lit | undefined;

  /** Called after the lit set changes (labels are placed again for it). */
  private readonly onChange: () => void;

  constructor(renderer: Renderer, graph: RenderGraph, onChange: () => void = () => {}) {
    this.renderer = renderer;
    this.graph = graph;
    this.onChange = onChange;
    renderer.on('enterNode', ({ node }) => this.show(this.aroundNode(node)));
    renderer.on('leaveNode', () => this.show(this.pinned));
  }

  private aroundNode(node: string): Lit {
    return { nodes: [node, ...this.graph.neighbors(node)], edges: this.graph.edges(node) };
  }

  /** Keeps the selection's neighbourhood lit (an edge lights itself and its two ends). */
  pin(sel: Selection | undefined): void {
    if (!sel) this.pinned = undefined;
    else if (sel.type === 'node' && this.graph.hasNode(sel.key)) this.pinned = this.aroundNode(sel.key);
    else if (sel.type === 'edge' && this.graph.hasEdge(sel.key)) {
      this.pinned = { nodes: this.graph.extremities(sel.key), edges: [sel.key] };
    } else this.pinned = undefined;
    this.show(this.pinned);
  }

  /** Only the lit items change state: the rest fades under the veil (veil.ts), untouched. */
  private show(next: Lit | undefined): void {
    this.renderer.setNodesState(this.lit.nodes, { isActive: false });
    this.renderer.setEdgesState(this.lit.edges, { isActive: false, labelShown: false });
    this.lit = next ?? { nodes: [], edges: [] };
    this.renderer.setNodesState(this.lit.nodes, { isActive: true });
    // Edge labels only when they can be read: a hub's thirty predicates would pile up.
    this.renderer.setEdgesState(this.lit.edges, { isActive: true, labelShown: this.lit.edges.length <= 8 });
    this.renderer.setGraphState({ hasActive: next !== undefined });
    this.onChange();
  }
}
