// Small DOM helpers. Every piece of data reaches the page as a text node (textContent) or as an
// attribute from a fixed list: no innerHTML, no data-built URLs or event-handler attributes.

const SAFE_ATTRS = new Set(["id", "type", "name", "value", "placeholder", "title", "for", "min", "max",
  "step", "rows", "cols", "colspan", "disabled", "selected", "role", "tabindex", "aria-label", "scope"]);
const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", String(value));
    else if (key === "dataset") Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    else if (key === "onclick" || key === "onchange" || key === "onsubmit" || key === "oninput") {
      node.addEventListener(key.slice(2), value);
    } else if (SAFE_ATTRS.has(key)) node.setAttribute(key, value === true ? "" : String(value));
    else throw new Error(`attribute ${key} is not allowed`);
  }
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// SVG element; attributes are geometry and style values computed here, text goes in as text nodes.
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "onclick") node.addEventListener("click", value);
    else if (key.startsWith("on")) throw new Error(`attribute ${key} is not allowed`);
    else if (key === "dataset") Object.entries(value).forEach(([k, v]) => node.setAttribute(`data-${k}`, String(v)));
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// A link only for http(s) URLs; anything else (javascript:, data:, ...) is shown as plain text.
export function safeLink(url, label) {
  if (!url) return null;
  let parsed = null;
  try { parsed = new URL(url); } catch (err) { parsed = null; }
  if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) {
    const a = document.createElement("a");
    a.href = parsed.href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    a.textContent = label || url;
    return a;
  }
  return el("span", { class: "unsafe-url" }, label || url);
}

export const QUAD_NAMES = { 1: "Verbal coop.", 2: "Material coop.", 3: "Verbal conflict", 4: "Material conflict" };
