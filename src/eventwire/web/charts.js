// SVG charts drawn here, no library: the QuadClass timeline and the actor network of the strongest dyads.

import { clear, svg, QUAD_NAMES } from "./dom.js";

const QUADS = ["1", "2", "3", "4"];

// The top of the count axis: four equal integer steps, each 1, 2, 2.5 or 5 times a power of ten.
function niceMax(value) {
  const raw = Math.max(value, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * power).find((s) => s >= raw && Number.isInteger(s)) || Math.ceil(raw);
  return step * 4;
}

// periods: [{period, counts: {"1": n, ...}, total, goldstein}]
export function drawTimeline(container, periods, { title = "" } = {}) {
  clear(container);
  const width = Math.max(container.clientWidth || 760, 360);
  const height = 280;
  const m = { left: 44, right: 48, top: 30, bottom: 56 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart timeline-chart",
    role: "img", "aria-label": `Event counts by QuadClass ${title}` });
  container.appendChild(root);
  if (!periods.length) {
    root.appendChild(svg("text", { x: width / 2, y: height / 2, class: "empty", "text-anchor": "middle" },
      "No dated events for this selection."));
    return root;
  }
  const maxTotal = niceMax(Math.max(...periods.map((p) => p.total)));
  const band = plotW / periods.length;
  const barW = Math.max(Math.min(band * 0.7, 60), 2);
  const y = (v) => m.top + plotH - (v / maxTotal) * plotH;
  const yG = (g) => m.top + plotH / 2 - (g / 10) * (plotH / 2);

  // axes and grid
  for (let i = 0; i <= 4; i += 1) {
    const v = (maxTotal * i) / 4;
    root.appendChild(svg("line", { x1: m.left, x2: m.left + plotW, y1: y(v), y2: y(v), class: "grid" }));
    root.appendChild(svg("text", { x: m.left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" },
      Number.isInteger(v) ? String(v) : v.toFixed(1)));
  }
  for (const g of [-10, 0, 10]) {
    root.appendChild(svg("text", { x: m.left + plotW + 6, y: yG(g) + 4, class: "tick goldstein-tick" },
      g > 0 ? `+${g}` : String(g)));
  }
  root.appendChild(svg("text", { x: 4, y: 14, class: "axis-title" }, "events"));
  root.appendChild(svg("text", { x: width - 4, y: 14, class: "axis-title", "text-anchor": "end" }, "Goldstein"));

  const labelEvery = Math.ceil(periods.length / Math.max(Math.floor(plotW / 64), 1));
  periods.forEach((p, i) => {
    const x = m.left + band * i + (band - barW) / 2;
    let acc = 0;
    for (const q of QUADS) {
      const n = p.counts[q] || 0;
      if (!n) continue;
      const rect = svg("rect", { x, y: y(acc + n), width: barW, height: y(acc) - y(acc + n),
        class: `bar q${q}`, dataset: { period: p.period, quad: q, count: n } },
      svg("title", {}, `${p.period}: ${n} ${QUAD_NAMES[q]}`));
      root.appendChild(rect);
      acc += n;
    }
    if (i % labelEvery === 0) {
      const lx = m.left + band * i + band / 2;
      root.appendChild(svg("text", { x: lx, y: m.top + plotH + 16, "text-anchor": "middle", class: "tick" },
        p.period));
    }
  });
  // Goldstein mean line
  const points = periods.map((p, i) => (p.goldstein === null ? null
    : [m.left + band * i + band / 2, yG(p.goldstein), p]))
    .filter(Boolean);
  if (points.length > 1) {
    root.appendChild(svg("polyline", { points: points.map(([px, py]) => `${px},${py}`).join(" "),
      class: "goldstein-line" }));
  }
  for (const [px, py, p] of points) {
    root.appendChild(svg("circle", { cx: px, cy: py, r: periods.length > 60 ? 1.5 : 3.5, class: "goldstein-dot" },
      svg("title", {}, `${p.period}: mean Goldstein ${p.goldstein}`)));
  }
  // legend
  let lx = m.left;
  const ly = height - 14;
  for (const q of QUADS) {
    root.appendChild(svg("rect", { x: lx, y: ly - 9, width: 10, height: 10, class: `bar q${q}` }));
    root.appendChild(svg("text", { x: lx + 14, y: ly, class: "legend" }, QUAD_NAMES[q]));
    lx += 24 + QUAD_NAMES[q].length * 6.3;
  }
  root.appendChild(svg("line", { x1: lx, x2: lx + 16, y1: ly - 4, y2: ly - 4, class: "goldstein-line" }));
  root.appendChild(svg("text", { x: lx + 20, y: ly, class: "legend" }, "mean Goldstein"));
  return root;
}

// dyads: [{source, target, count, goldstein}]; onSelect(code) when a node is clicked.
export function drawNetwork(container, dyads, onSelect) {
  clear(container);
  const width = Math.max(container.clientWidth || 420, 300);
  const height = 300;
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart network-chart",
    role: "img", "aria-label": "Actor network of the strongest dyads" });
  container.appendChild(root);
  if (!dyads.length) {
    root.appendChild(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" },
      "No dyads for this selection."));
    return root;
  }
  root.appendChild(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5,
    markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z",
    class: "arrow-head" }))));
  const totals = new Map();
  for (const d of dyads) {
    totals.set(d.source, (totals.get(d.source) || 0) + d.count);
    totals.set(d.target, (totals.get(d.target) || 0) + d.count);
  }
  const nodes = [...totals.keys()].sort();
  const maxNode = Math.max(...totals.values());
  const maxEdge = Math.max(...dyads.map((d) => d.count));
  const cx = width / 2;
  const cy = height / 2;
  const ring = Math.min(width, height) / 2 - 42;
  const pos = new Map();
  nodes.forEach((code, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos.set(code, { x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle), angle });
  });
  const radius = (code) => 5 + 11 * Math.sqrt(totals.get(code) / maxNode);
  for (const d of dyads) {
    const a = pos.get(d.source);
    const b = pos.get(d.target);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const rb = radius(d.target) + 2;
    const ex = b.x - (dx / len) * rb;
    const ey = b.y - (dy / len) * rb;
    const qx = (a.x + ex) / 2 - (dy / len) * 14;
    const qy = (a.y + ey) / 2 + (dx / len) * 14;
    const tone = d.goldstein === null ? "neutral" : d.goldstein > 0.5 ? "coop" : d.goldstein < -0.5 ? "conflict"
      : "neutral";
    root.appendChild(svg("path", { d: `M ${a.x} ${a.y} Q ${qx} ${qy} ${ex} ${ey}`, class: `edge ${tone}`,
      "stroke-width": 1 + (5 * d.count) / maxEdge, "marker-end": "url(#arrow)",
      dataset: { source: d.source, target: d.target } },
    svg("title", {}, `${d.source} → ${d.target}: ${d.count} events, mean Goldstein ${d.goldstein}`)));
  }
  for (const code of nodes) {
    const p = pos.get(code);
    const group = svg("g", { class: "node", tabindex: 0, dataset: { code },
      onclick: () => onSelect && onSelect(code) });
    group.appendChild(svg("circle", { cx: p.x, cy: p.y, r: radius(code) },
      svg("title", {}, `${code}: ${totals.get(code)} events in these dyads (click to filter)`)));
    const outward = Math.cos(p.angle) >= 0 ? "start" : "end";
    const lx = p.x + Math.cos(p.angle) * (radius(code) + 4);
    const ly = p.y + Math.sin(p.angle) * (radius(code) + 4) + 4;
    group.appendChild(svg("text", { x: lx, y: ly, "text-anchor": Math.abs(Math.cos(p.angle)) < 0.2 ? "middle"
      : outward, class: "node-label" }, code));
    root.appendChild(group);
  }
  return root;
}
