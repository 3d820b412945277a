// Tiny DOM builders. Text only ever goes in through text nodes, so nothing read from an article or a
// fact file can turn into markup or script, whatever characters it holds.

type Child = Node | string | number | null | undefined | false;

export interface ElProps {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
}

function setAttrs(node: Element, attrs: Record<string, string>): void {
  for (const [name, value] of Object.entries(attrs)) {
    // Event handlers and URLs are never set from here: callers use addEventListener.
    if (/^on/i.test(name) || name === 'href' || name === 'src') {
      throw new Error(
        `geokg viewer: el() does not set "${name}"; use addEventListener or a property instead`,
      );
    }
    node.setAttribute(name, value);
  }
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c,
    );
  }
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElProps = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title !== undefined) node.title = props.title;
  if (props.attrs) setAttrs(node, props.attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(
  tag: string,
  attrs: Record<string, string | number>,
  children: Element[] = [],
): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])));
  for (const c of children) node.appendChild(c);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`geokg viewer: #${id} is missing from index.html; rebuild the viewer`);
  return node as T;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
