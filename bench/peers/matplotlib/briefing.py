#!/usr/bin/env python3
"""The benchmark briefing (bench/workload/briefing.json) written for matplotlib as its users
would: pyplot figures, one A4 figure per page in a PdfPages file, each chart alone as SVG or
PNG. Run from bench/workload:  briefing.py pdf|svg|png OUT"""
import csv, sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages

mode, out = sys.argv[1], sys.argv[2]
plt.rcParams.update({"font.family": "Noto Sans", "font.size": 8, "axes.spines.top": False,
                     "axes.spines.right": False, "svg.fonttype": "path"})
BLUE, TEAL, ORANGE, GREY, RED = "#1f4e8c", "#2a9d8f", "#d9822b", "#a7b4c6", "#c8102e"


def rows(name):
    with open(f"data/{name}.csv", newline="") as f:
        return list(csv.DictReader(f))


def tiles(ax):
    ax.axis("off")
    figures = [("US$1.2B", "two-way trade in 2019"), ("23×", "growth of trade since 1997"),
               ("US$700M", "development aid since 1987"), ("2", "rank among investors"),
               ("9", "milestones since 1970")]
    places = [(0, 0.55, 0.32), (0.34, 0.55, 0.32), (0.68, 0.55, 0.32), (0, 0.05, 0.49), (0.51, 0.05, 0.49)]
    for (value, label), (x, y, w) in zip(figures, places):
        ax.add_patch(plt.Rectangle((x, y), w, 0.4, color="#eef2f7", transform=ax.transAxes))
        ax.text(x + 0.02, y + 0.25, value, fontsize=16, weight="bold", color="#102a43", transform=ax.transAxes)
        ax.text(x + 0.02, y + 0.08, label, transform=ax.transAxes)


def trade(ax):
    data = rows("trade")
    for flow, color in (("Korean exports", BLUE), ("Korean imports", ORANGE), ("Two-way trade", TEAL)):
        points = [(int(r["year"]), float(r["usd_m"])) for r in data if r["flow"] == flow]
        ax.plot(*zip(*points), marker="o", markersize=3, color=color, linewidth=2)
        ax.annotate(flow, points[-1], xytext=(4, 0), textcoords="offset points", color=color,
                    weight="bold", va="center")
    ax.set_title("Trade grew every year since 1997 (US$ million)", loc="left", weight="bold")
    ax.grid(axis="y", color="#e4e7eb")
    ax.set_ylim(bottom=0)


def oda(ax):
    data = rows("oda")
    values = [float(r["usd_m"]) for r in data]
    bars = ax.bar([r["period"] for r in data], values, color=BLUE, width=0.7)
    ax.bar_label(bars, weight="bold")
    ax.set_title("Development aid by period (US$ million)", loc="left", weight="bold")
    ax.grid(axis="y", color="#e4e7eb")
    ax.set_axisbelow(True)


def fdi(ax):
    data = rows("fdi")
    names = [r["investor"] for r in data]
    values = [float(r["usd_bn"]) for r in data]
    bars = ax.barh(names, values, color=[RED if n == "Republic of Korea" else GREY for n in names])
    ax.bar_label(bars, padding=3, weight="bold")
    ax.invert_yaxis()
    ax.spines["bottom"].set_visible(False)
    ax.set_xticks([])
    ax.set_title("The second largest investor (cumulative, US$ billion)", loc="left", weight="bold")


def timeline(ax):
    data = rows("timeline")
    ax.axhline(0, color=GREY)
    ax.axvspan(1975, 1997, ymin=0.45, ymax=0.55, color="#eef2f7")
    ax.text(1986, 0, "No diplomatic relations", ha="center", va="center", style="italic")
    for i, r in enumerate(data):
        year = int(r["date"])
        up = 1 if i % 2 == 0 else -1
        ax.plot([year], [0], "o", color=BLUE)
        ax.text(year, 0.45 * up, f"{r['date']}\n{r['event']}", ha="left", va="center", fontsize=7)
    ax.set_ylim(-1, 1)
    ax.set_xlim(1968, 2024)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_title("Half a century of relations", loc="left", weight="bold")


PARAGRAPH_1 = ("Trade between the two countries has grown every year since relations were restored in 1997,\n"
               "with exports leading imports throughout. The line chart below shows both flows and their sum\n"
               "over 23 years; the bars after it show development aid by period and the largest investors,\n"
               "with the second of them highlighted.")
PARAGRAPH_2 = ("Relations were established in 1970, severed in 1975 and restored in 1997; the timeline marks\n"
               "the years without relations as a span and the milestones since.")


def page(pdf, number, content):
    fig = plt.figure(figsize=(8.27, 11.69))
    fig.text(0.08, 0.965, "Benchmark briefing", fontsize=7)
    fig.text(0.92, 0.03, f"Page {number} of 3", fontsize=7, ha="right")
    content(fig)
    pdf.savefig(fig)
    plt.close(fig)


if mode == "pdf":
    with PdfPages(f"{out}/briefing.pdf") as pdf:
        def first(fig):
            fig.text(0.08, 0.93, "At a glance", fontsize=16, weight="bold")
            tiles(fig.add_axes([0.08, 0.7, 0.84, 0.21]))
            fig.text(0.08, 0.6, PARAGRAPH_1, fontsize=9)
            trade(fig.add_axes([0.1, 0.15, 0.72, 0.38]))
        def second(fig):
            oda(fig.add_axes([0.1, 0.55, 0.82, 0.37]))
            fdi(fig.add_axes([0.25, 0.08, 0.67, 0.37]))
        def third(fig):
            timeline(fig.add_axes([0.08, 0.72, 0.84, 0.2]))
            fig.text(0.08, 0.62, PARAGRAPH_2, fontsize=9)
        for number, content in enumerate((first, second, third), 1):
            page(pdf, number, content)
else:
    for name, draw in (("tiles", tiles), ("trade", trade), ("oda", oda), ("fdi", fdi), ("timeline", timeline)):
        fig, ax = plt.subplots(figsize=(640 / 72, 360 / 72))
        draw(ax)
        fig.savefig(f"{out}/{name}.{mode}", dpi=300 if mode == "png" else 72, bbox_inches=None)
        plt.close(fig)
