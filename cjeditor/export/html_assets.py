"""The style sheet and the small script of the exported web page. No Qt.

The script is plain JavaScript with no library: zoom (wheel, buttons, keys,
pinch) and pan (drag) by changing the drawing's viewBox, a card's or stage's
details on click (it only shows and hides articles written by the exporter; it
never builds markup from text), the persona filter and the saved views (it swaps
in the drawing painted for that choice). Colours come from the one style table.
"""

from __future__ import annotations

from cjeditor.paint import style as S

__all__ = ["SCRIPT", "stylesheet"]


def stylesheet(font_family: str) -> str:
    """The page's CSS (colours from paint/style.py); `font_family` is the CSS list
    of the embedded fonts."""
    return f"""
*{{box-sizing:border-box}}
html,body{{margin:0;height:100%}}
body{{font-family:{font_family};color:{S.INK};background:{S.LEGEND_BG};
display:flex;flex-direction:column;font-size:15px;line-height:1.4}}
.brief{{background:{S.HEADER_BG};color:{S.HEADER_TEXT};padding:12px 20px 10px;
max-height:38vh;overflow:auto;flex:none}}
.brief h1{{margin:0 0 6px;font-size:24px;display:inline}}
.brief summary{{cursor:pointer;margin-bottom:6px}}
.brief-body{{display:flex;flex-wrap:wrap;gap:8px 32px;align-items:flex-start}}
.brief dl{{margin:0;flex:1 1 420px;display:grid;grid-template-columns:max-content 1fr;
gap:2px 12px;color:{S.HEADER_INFO}}}
.brief dt{{font-weight:bold;color:{S.HEADER_TEXT}}}
.brief dd{{margin:0}}
.personas{{flex:1 1 320px}}
.personas h2{{font-size:15px;margin:0 0 4px}}
.personas ul{{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px 20px}}
.persona{{display:flex;gap:8px;align-items:flex-start}}
.persona .face{{width:36px;height:36px;border-radius:50%;flex:none;object-fit:cover}}
.persona .role{{display:block;color:{S.HEADER_INFO};font-size:13px}}
.persona details{{font-size:13px;color:{S.HEADER_INFO}}}
.persona summary{{cursor:pointer}}
.persona dl{{display:block}}
.bar{{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;padding:6px 20px;
background:{S.WHITE};border-bottom:1px solid {S.GRID};flex:none}}
.bar label{{display:flex;gap:6px;align-items:center}}
.bar select,.bar button{{font:inherit;padding:2px 8px}}
.bar .hint{{color:{S.MUTED};font-size:13px}}
#map{{flex:1 1 auto;min-height:320px;position:relative;overflow:hidden;touch-action:none;
cursor:grab;background:{S.WHITE}}}
#map.dragging{{cursor:grabbing}}
#map>svg{{position:absolute;inset:0;width:100%;height:100%;display:block}}
svg.map text{{font-kerning:none;font-variant-ligatures:none}}
.hits [data-id]{{cursor:pointer}}
.hits [data-id]:hover{{stroke:{S.HOVER};stroke-width:2}}
.hits [data-id]:focus{{outline:none;stroke:{S.SELECT};stroke-width:2}}
.hits .selection{{pointer-events:none}}
#details{{position:fixed;top:0;right:0;bottom:0;width:min(400px,92vw);overflow:auto;
background:{S.WHITE};border-left:1px solid {S.GRID};padding:14px 18px 24px;
box-shadow:-4px 0 16px rgba(0,0,0,.15)}}
#details[hidden]{{display:none}}
#details .close{{float:right;font:inherit;font-size:20px;border:0;background:none;
cursor:pointer;color:{S.MUTED}}}
#details h2{{margin:4px 0 8px;font-size:20px;overflow-wrap:anywhere}}
#details .kind{{margin:0;color:{S.MUTED};font-size:13px;text-transform:uppercase;
letter-spacing:.04em}}
#details .text{{white-space:pre-wrap;overflow-wrap:anywhere}}
#details dl{{margin:12px 0 0}}
#details dt{{font-weight:bold;color:{S.MUTED};font-size:13px;margin-top:8px}}
#details dd{{margin:0;overflow-wrap:anywhere}}
#details img{{max-width:100%;height:auto;border:1px solid {S.GRID}}}
.tag{{display:inline-block;padding:0 6px;margin:0 4px 2px 0;border-radius:8px;
background:{S.LEGEND_BG};border:1px solid {S.GRID};font-size:13px}}
.ref{{font:inherit;border:0;background:none;color:{S.LINK};text-decoration:underline;
cursor:pointer;padding:0;margin-right:8px;text-align:left}}
.muted{{color:{S.MUTED}}}
a{{color:{S.LINK}}}
"""


SCRIPT = r"""
(() => {
"use strict";
const main = document.getElementById("map");
const panel = document.getElementById("details");
const personaSelect = document.getElementById("persona");
const viewSelect = document.getElementById("view");
const articles = new Map();
for (const a of panel.querySelectorAll("article[data-id]")) articles.set(a.dataset.id, a);
const variants = JSON.parse(main.dataset.variants || "{}");
const templates = Array.from(document.querySelectorAll("template[data-variant]"));
const first = main.querySelector("svg").cloneNode(true);
let svg = null, full = null, vb = null, shown = null, current = -1, lastW = 1;

function size() {
  const r = main.getBoundingClientRect();
  return {left: r.left, top: r.top, w: Math.max(r.width, 1), h: Math.max(r.height, 1)};
}
function apply() {
  lastW = size().w;
  svg.setAttribute("viewBox", vb.x + " " + vb.y + " " + vb.w + " " + vb.h);
}
function fit() {
  const s = size();
  const k = Math.max(full.w / s.w, full.h / s.h) * 1.02;
  vb = {w: s.w * k, h: s.h * k};
  vb.x = (full.w - vb.w) / 2;
  vb.y = (full.h - vb.h) / 2;
  apply();
}
function zoom(factor, cx, cy) {
  const s = size();
  if (cx === undefined) { cx = s.left + s.w / 2; cy = s.top + s.h / 2; }
  const fx = (cx - s.left) / s.w, fy = (cy - s.top) / s.h;
  const px = vb.x + fx * vb.w, py = vb.y + fy * vb.h;
  const most = Math.max(full.w / s.w, full.h / s.h) * 4, least = 0.05;
  const unit = Math.min(most, Math.max(least, vb.w / s.w / factor));
  vb = {w: s.w * unit, h: s.h * unit};
  vb.x = px - fx * vb.w;
  vb.y = py - fy * vb.h;
  apply();
}
function pan(dx, dy) {
  const s = size();
  vb.x -= dx * vb.w / s.w;
  vb.y -= dy * vb.h / s.h;
  apply();
}
function mark(id) {
  const box = svg.querySelector(".hits .selection");
  if (!box) return;
  const hit = id ? svg.querySelector('.hits [data-id="' + CSS.escape(id) + '"]') : null;
  if (!hit) { box.setAttribute("visibility", "hidden"); return; }
  for (const a of ["x", "y", "width", "height"]) box.setAttribute(a, hit.getAttribute(a));
  box.setAttribute("visibility", "visible");
}
function open(id) {
  const article = articles.get(id);
  if (!article) return;
  if (shown) shown.hidden = true;
  article.hidden = false;
  shown = article;
  panel.hidden = false;
  panel.scrollTop = 0;
  mark(id);
}
function close() {
  panel.hidden = true;
  if (shown) shown.hidden = true;
  shown = null;
  mark(null);
}
function load(index) {
  if (index === current) return;
  current = index;
  const node = index === 0 ? first.cloneNode(true)
    : templates[index - 1].content.querySelector("svg").cloneNode(true);
  main.replaceChildren(node);
  svg = node;
  const box = svg.viewBox.baseVal;
  full = {w: box.width, h: box.height};
  fit();
  mark(shown ? shown.dataset.id : null);
}
function choose() {
  const view = viewSelect ? viewSelect.value : "";
  const key = view + "\n" + (personaSelect ? personaSelect.value : "");
  load(key in variants ? variants[key] : 0);
}

const pointers = new Map();
let drag = null;
main.addEventListener("pointerdown", (e) => {
  if (e.pointerType === "mouse" && e.button !== 0) return;
  const target = e.target.closest ? e.target.closest("[data-id]") : null;
  main.setPointerCapture(e.pointerId);
  pointers.set(e.pointerId, {x: e.clientX, y: e.clientY});
  if (pointers.size === 1) drag = {x: e.clientX, y: e.clientY, moved: false, target: target};
  else if (drag) drag.moved = true;
});
main.addEventListener("pointermove", (e) => {
  const p = pointers.get(e.pointerId);
  if (!p) return;
  if (pointers.size === 2) {
    const [a, b] = Array.from(pointers.values());
    const before = Math.hypot(a.x - b.x, a.y - b.y);
    p.x = e.clientX; p.y = e.clientY;
    const after = Math.hypot(a.x - b.x, a.y - b.y);
    if (before > 0 && after > 0) zoom(after / before, (a.x + b.x) / 2, (a.y + b.y) / 2);
    return;
  }
  if (drag && !drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 4) return;
  if (drag && !drag.moved) { drag.moved = true; p.x = drag.x; p.y = drag.y; }
  main.classList.add("dragging");
  pan(e.clientX - p.x, e.clientY - p.y);
  p.x = e.clientX; p.y = e.clientY;
});
function release(e) {
  if (!pointers.delete(e.pointerId)) return;
  if (pointers.size === 0) {
    if (drag && !drag.moved && drag.target) open(drag.target.dataset.id);
    drag = null;
    main.classList.remove("dragging");
  }
}
main.addEventListener("pointerup", release);
main.addEventListener("pointercancel", release);
main.addEventListener("wheel", (e) => {
  e.preventDefault();
  const lines = e.deltaMode === 1 ? 16 : (e.deltaMode === 2 ? 400 : 1);
  zoom(Math.exp(-e.deltaY * lines * 0.0015), e.clientX, e.clientY);
}, {passive: false});
main.addEventListener("keydown", (e) => {
  const target = e.target.closest ? e.target.closest("[data-id]") : null;
  if (target && (e.key === "Enter" || e.key === " ")) {
    e.preventDefault();
    open(target.dataset.id);
  }
});
document.addEventListener("keydown", (e) => {
  if (e.target.closest && e.target.closest("select, input, textarea")) return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const step = 60;
  const keys = {
    "+": () => zoom(1.25), "=": () => zoom(1.25), "-": () => zoom(0.8), "0": fit,
    "ArrowLeft": () => pan(step, 0), "ArrowRight": () => pan(-step, 0),
    "ArrowUp": () => pan(0, step), "ArrowDown": () => pan(0, -step), "Escape": close,
  };
  if (keys[e.key]) { keys[e.key](); if (e.key !== "Escape") e.preventDefault(); }
});
panel.addEventListener("click", (e) => {
  const ref = e.target.closest ? e.target.closest("[data-open]") : null;
  if (ref) open(ref.dataset.open);
  if (e.target.closest && e.target.closest(".close")) close();
});
document.getElementById("zoom-in").addEventListener("click", () => zoom(1.25));
document.getElementById("zoom-out").addEventListener("click", () => zoom(0.8));
document.getElementById("fit").addEventListener("click", fit);
if (viewSelect) viewSelect.addEventListener("change", () => {
  const option = viewSelect.selectedOptions[0];
  if (personaSelect) personaSelect.value = option ? (option.dataset.persona || "") : "";
  choose();
});
if (personaSelect) personaSelect.addEventListener("change", choose);
function resized() {
  if (!vb) return;
  const s = size(), unit = vb.w / lastW, cx = vb.x + vb.w / 2, cy = vb.y + vb.h / 2;
  vb = {w: s.w * unit, h: s.h * unit};
  vb.x = cx - vb.w / 2; vb.y = cy - vb.h / 2;
  apply();
}
if (window.ResizeObserver) new ResizeObserver(resized).observe(main);
else window.addEventListener("resize", resized);
function reveal() {
  // map.html#card:ID opens that card and zooms to it (a link to one card)
  const id = decodeURIComponent(location.hash.slice(1));
  if (!articles.has(id)) return;
  open(id);
  const hit = svg.querySelector('.hits [data-id="' + CSS.escape(id) + '"]');
  if (!hit) return;
  const box = hit.getBBox(), s = size(), unit = Math.min(vb.w / s.w, 0.6);
  const dy = hit.parentNode.transform.baseVal.consolidate();
  const y0 = dy ? dy.matrix.f : 0;
  vb = {w: s.w * unit, h: s.h * unit};
  const covered = panel.hidden ? 0 : Math.min(panel.offsetWidth, s.w / 2);
  vb.x = box.x + box.width / 2 - vb.w / 2 + covered / 2 * unit;
  vb.y = y0 + box.y + box.height / 2 - vb.h / 2;
  apply();
}
window.addEventListener("hashchange", reveal);
load(0);
if (viewSelect && personaSelect && viewSelect.value && !personaSelect.value) {
  const option = viewSelect.selectedOptions[0];  // a view restored by the browser
  personaSelect.value = option ? (option.dataset.persona || "") : "";
}
choose();
reveal();
})();
"""
