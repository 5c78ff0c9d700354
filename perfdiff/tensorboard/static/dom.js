// Building DOM from data. Every string lands in the page through textContent or setAttribute,
// never through innerHTML: op names, modules and source lines come from traces and may hold markup.

/**
 * Create an element. props: class, text (textContent), title, dataset, on<event> handlers, and any
 * other attribute (set with setAttribute, which never parses markup). children: nodes or strings
 * (strings become text nodes); null/undefined/false children are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style') Object.assign(node.style, value);
    else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Append children (nodes, strings, arrays of them) to node. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of node, then append children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A one-line message box: kind is 'error', 'info' or 'warn'. */
export function message(kind, text, ...extra) {
  return el('div', {class: `pd-msg pd-msg-${kind}`, role: kind === 'error' ? 'alert' : 'status'},
            el('span', {text}), ...extra);
}
