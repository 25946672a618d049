// The benchmark briefing (bench/workload/briefing.json) written for Vega-Lite as its users
// would: one Vega-Lite spec per chart, compiled and rendered headless by Vega; each chart
// alone as SVG (View.toSVG) or as a 300-dpi PNG (node-canvas), and the 3 A4 pages as one PDF
// drawn by node-canvas's PDF backend, the charts placed on them by Vega's canvas renderer.
// Run from bench/workload:  node briefing.mjs pdf|svg|png OUT
import fs from "node:fs";
import path from "node:path";
import { createCanvas } from "canvas";
import * as vega from "vega";
import * as vl from "vega-lite";

const [mode, out] = process.argv.slice(2);
const BLUE = "#1f4e8c", TEAL = "#2a9d8f", ORANGE = "#d9822b", GREY = "#a7b4c6", RED = "#c8102e";
const FONT = "Noto Sans";

function rows(name) {
  const [header, ...lines] = fs.readFileSync(`data/${name}.csv`, "utf8").trim().split("\n");
  const fields = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [fields[i], v])));
}

const config = {
  font: FONT, axis: { labelFontSize: 8, titleFontSize: 8, gridColor: "#e4e7eb", domain: false },
  title: { anchor: "start", fontSize: 10, fontWeight: "bold" }, view: { stroke: null },
};

const tilesData = [
  { value: "US$1.2B", label: "two-way trade in 2019", x: 0, y: 0, w: 200 },
  { value: "23×", label: "growth of trade since 1997", x: 210, y: 0, w: 200 },
  { value: "US$700M", label: "development aid since 1987", x: 420, y: 0, w: 200 },
  { value: "2", label: "rank among investors", x: 0, y: 170, w: 305 },
  { value: "9", label: "milestones since 1970", x: 315, y: 170, w: 305 },
];

const specs = {
  tiles: {
    data: { values: tilesData.map((t) => ({ ...t, x2: t.x + t.w, y2: t.y + 150 })) },
    layer: [
      { mark: { type: "rect", color: "#eef2f7" },
        encoding: { x: { field: "x", type: "quantitative", scale: null }, x2: { field: "x2" },
                    y: { field: "y", type: "quantitative", scale: null }, y2: { field: "y2" } } },
      { mark: { type: "text", align: "left", fontSize: 22, fontWeight: "bold", color: "#102a43", dx: 12, dy: 60 },
        encoding: { x: { field: "x", type: "quantitative", scale: null }, y: { field: "y", type: "quantitative", scale: null }, text: { field: "value" } } },
      { mark: { type: "text", align: "left", fontSize: 9, dx: 12, dy: 100 },
        encoding: { x: { field: "x", type: "quantitative", scale: null }, y: { field: "y", type: "quantitative", scale: null }, text: { field: "label" } } },
    ],
  },
  trade: {
    title: "Trade grew every year since 1997 (US$ million)",
    data: { values: rows("trade").map((r) => ({ ...r, year: +r.year, usd_m: +r.usd_m })) },
    encoding: {
      x: { field: "year", type: "quantitative", scale: { zero: false }, axis: { format: "d", title: null } },
      y: { field: "usd_m", type: "quantitative", axis: { title: null } },
      color: { field: "flow", type: "nominal", legend: null,
               scale: { domain: ["Korean exports", "Korean imports", "Two-way trade"], range: [BLUE, ORANGE, TEAL] } },
    },
    layer: [
      { mark: { type: "line", point: { size: 12 }, strokeWidth: 2 } },
      { mark: { type: "text", align: "left", dx: 4, fontWeight: "bold" },
        encoding: { x: { aggregate: "max", field: "year" }, y: { aggregate: { argmax: "year" }, field: "usd_m" }, text: { field: "flow" } } },
    ],
  },
  oda: {
    title: "Development aid by period (US$ million)",
    data: { values: rows("oda").map((r) => ({ ...r, usd_m: +r.usd_m })) },
    encoding: { x: { field: "period", type: "ordinal", sort: null, axis: { title: null, labelAngle: 0 } },
                y: { field: "usd_m", type: "quantitative", axis: { title: null } } },
    layer: [
      { mark: { type: "bar", color: BLUE, width: { band: 0.7 } } },
      { mark: { type: "text", dy: -6, fontWeight: "bold" }, encoding: { text: { field: "usd_m" } } },
    ],
  },
  fdi: {
    title: "The second largest investor (cumulative, US$ billion)",
    data: { values: rows("fdi").map((r) => ({ ...r, usd_bn: +r.usd_bn })) },
    encoding: {
      y: { field: "investor", type: "nominal", sort: null, axis: { title: null } },
      x: { field: "usd_bn", type: "quantitative", axis: null },
    },
    layer: [
      { mark: "bar", encoding: { color: { condition: { test: "datum.investor === 'Republic of Korea'", value: RED }, value: GREY } } },
      { mark: { type: "text", align: "left", dx: 3, fontWeight: "bold" }, encoding: { text: { field: "usd_bn" } } },
    ],
  },
  timeline: {
    title: "Half a century of relations",
    layer: [
      { data: { values: [{ from: 1975, to: 1997 }] }, mark: { type: "rect", color: "#eef2f7" },
        encoding: { x: { field: "from", type: "quantitative", scale: { domain: [1968, 2024] }, axis: { format: "d", title: null } },
                    x2: { field: "to" }, y: { datum: -0.08, type: "quantitative", scale: { domain: [-1, 1] }, axis: null }, y2: { datum: 0.08 } } },
      { data: { values: [{ year: 1986, text: "No diplomatic relations" }] }, mark: { type: "text", fontStyle: "italic" },
        encoding: { x: { field: "year", type: "quantitative" }, y: { datum: 0, type: "quantitative" }, text: { field: "text" } } },
      { data: { values: [{ from: 1968, to: 2024 }] }, mark: { type: "rule", color: GREY },
        encoding: { x: { field: "from", type: "quantitative" }, x2: { field: "to" }, y: { datum: 0, type: "quantitative" } } },
      { data: { values: rows("timeline").map((r, i) => ({ ...r, year: +r.date, side: i % 2 ? -0.45 : 0.45,
                                                         label: [r.date, r.event] })) },
        layer: [
          { mark: { type: "point", filled: true, color: BLUE },
            encoding: { x: { field: "year", type: "quantitative" }, y: { datum: 0, type: "quantitative" } } },
          { mark: { type: "text", align: "left", fontSize: 7 },
            encoding: { x: { field: "year", type: "quantitative" }, y: { field: "side", type: "quantitative" }, text: { field: "label" } } },
        ] },
    ],
  },
};

async function view(name, width, height) {
  const spec = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", width, height, config, ...specs[name] };
  const compiled = vl.compile(spec).spec;
  return new vega.View(vega.parse(compiled), { renderer: "none" });
}

if (mode === "svg" || mode === "png") {
  for (const name of Object.keys(specs)) {
    const chart = await view(name, 600, 300);
    if (mode === "svg") fs.writeFileSync(path.join(out, `${name}.svg`), await chart.toSVG());
    else fs.writeFileSync(path.join(out, `${name}.png`), (await chart.toCanvas(300 / 72)).toBuffer("image/png"));
    chart.finalize();
  }
} else {
  const PAGE_W = 595, PAGE_H = 842;
  const canvas = createCanvas(PAGE_W, PAGE_H, "pdf");
  const ctx = canvas.getContext("2d");
  const text = (s, x, y, size, weight = "") => {
    ctx.fillStyle = "#102a43";
    ctx.font = `${weight} ${size}px "${FONT}"`;
    s.split("\n").forEach((line, i) => ctx.fillText(line, x, y + i * size * 1.4));
  };
  const place = async (name, x, y, width, height, scale = 1) => {
    const chart = await view(name, width, height);
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(scale, scale);
    await chart.toCanvas(1, { externalContext: ctx });
    ctx.restore();
    chart.finalize();
  };
  const furniture = (number) => {
    text("Benchmark briefing", 50, 30, 7);
    text(`Page ${number} of 3`, PAGE_W - 90, PAGE_H - 25, 7);
  };
  const P1 = "Trade between the two countries has grown every year since relations were restored in 1997,\nwith exports leading imports throughout. The line chart below shows both flows and their sum\nover 23 years; the bars after it show development aid by period and the largest investors,\nwith the second of them highlighted.";
  const P2 = "Relations were established in 1970, severed in 1975 and restored in 1997; the timeline marks\nthe years without relations as a span and the milestones since.";
  furniture(1);
  text("At a glance", 50, 70, 16, "bold");
  await place("tiles", 50, 85, 620, 320, 0.8);  // the tiles are laid out on 620 × 320
  text(P1, 50, 370, 9);
  await place("trade", 50, 440, 430, 300);
  ctx.addPage();
  furniture(2);
  await place("oda", 50, 60, 480, 300);
  await place("fdi", 50, 440, 430, 300);
  ctx.addPage();
  furniture(3);
  await place("timeline", 50, 60, 495, 180);
  text(P2, 50, 300, 9);
  fs.writeFileSync(path.join(out, "briefing.pdf"), canvas.toBuffer("application/pdf"));
}
