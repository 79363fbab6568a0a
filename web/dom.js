// Builds DOM nodes. Text always goes in as text nodes: nothing here parses HTML.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** Creates an element; `text` sets textContent, `on*` adds listeners, other keys become attributes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return append(node, ...children);
}

/** Appends children, skipping null and false so optional parts can be written inline. */
export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child);
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
}

/** Offers text or a Blob as a file download without leaving the page. */
export function download(name, content, type = 'text/plain') {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
