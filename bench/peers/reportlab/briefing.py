#!/usr/bin/env python3
"""The benchmark briefing (bench/workload/briefing.json) written for ReportLab as its users
would: a Platypus document of paragraphs, a table of tiles and reportlab.graphics charts, and
each chart alone through renderSVG or renderPM. Run from bench/workload:
  briefing.py pdf|svg|png OUT"""
import csv, sys

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import STATE_DEFAULTS, Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

mode, out = sys.argv[1], sys.argv[2]
# Noto Sans, as folio uses (renderPM cannot draw the standard fonts without their Type 1 files).
NOTO = "/usr/share/fonts/truetype/noto/NotoSans-{}.ttf"
for name, face in (("Sans", "Regular"), ("Sans-Bold", "Bold"), ("Sans-Italic", "Italic")):
    pdfmetrics.registerFont(TTFont(name, NOTO.format(face)))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic")
STATE_DEFAULTS["fontName"] = "Sans"  # every String and axis label

BLUE, TEAL, ORANGE = colors.HexColor("#1f4e8c"), colors.HexColor("#2a9d8f"), colors.HexColor("#d9822b")
GREY, RED, TINT = colors.HexColor("#a7b4c6"), colors.HexColor("#c8102e"), colors.HexColor("#eef2f7")
W, H = 480, 270


def rows(name):
    with open(f"data/{name}.csv", newline="") as f:
        return list(csv.DictReader(f))


def titled(title):
    d = Drawing(W, H)
    d.add(String(0, H - 14, title, fontName="Sans-Bold", fontSize=11))
    return d


def trade():
    d = titled("Trade grew every year since 1997 (US$ million)")
    data = rows("trade")
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 30, W - 150, H - 70
    flows = ("Korean exports", "Korean imports", "Two-way trade")
    plot.data = [[(int(r["year"]), float(r["usd_m"])) for r in data if r["flow"] == f] for f in flows]
    for i, color in enumerate((BLUE, ORANGE, TEAL)):
        plot.lines[i].strokeColor, plot.lines[i].strokeWidth = color, 2
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max(y for series in plot.data for _, y in series) * 1.05
    d.add(plot)
    for series, flow, color in zip(plot.data, flows, (BLUE, ORANGE, TEAL)):
        x, y = series[-1]
        d.add(String(plot.x + plot.width + 4, plot.y + plot.height * y / plot.yValueAxis.valueMax,
                     flow, fontName="Sans-Bold", fontSize=8, fillColor=color))
    return d


def oda():
    d = titled("Development aid by period (US$ million)")
    data = rows("oda")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, W - 60, H - 70
    chart.data = [[float(r["usd_m"]) for r in data]]
    chart.categoryAxis.categoryNames = [r["period"] for r in data]
    chart.categoryAxis.labels.fontSize = 7
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BLUE, None
    chart.barLabelFormat, chart.barLabels.nudge = "%d", 7
    chart.valueAxis.valueMin = 0
    d.add(chart)
    return d


def fdi():
    d = titled("The second largest investor (cumulative, US$ billion)")
    data = list(reversed(rows("fdi")))
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 110, 10, W - 150, H - 40
    chart.data = [[float(r["usd_bn"]) for r in data]]
    chart.categoryAxis.categoryNames = [r["investor"] for r in data]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = GREY, None
    chart.bars[(0, [r["investor"] for r in data].index("Republic of Korea"))].fillColor = RED
    chart.barLabelFormat, chart.barLabels.nudge = "%.1f", 12
    chart.valueAxis.visible = False
    d.add(chart)
    return d


def timeline():
    d = titled("Half a century of relations")
    x = lambda year: 10 + (year - 1968) * (W - 20) / 56
    d.add(Line(x(1968), 120, x(2024), 120, strokeColor=GREY))
    d.add(Rect(x(1975), 114, x(1997) - x(1975), 12, fillColor=TINT, strokeColor=GREY))
    d.add(String((x(1975) + x(1997)) / 2, 117, "No diplomatic relations", fontName="Sans-Italic",
                 fontSize=7, textAnchor="middle"))
    for i, r in enumerate(rows("timeline")):
        year, up = int(r["date"]), 1 if i % 2 == 0 else -1
        d.add(Circle(x(year), 120, 3, fillColor=BLUE, strokeColor=None))
        d.add(String(x(year), 120 + up * 40 + 9, r["date"], fontName="Sans-Bold", fontSize=7, fillColor=BLUE))
        d.add(String(x(year), 120 + up * 40, r["event"], fontSize=7))
    for year in range(1970, 2030, 10):
        d.add(String(x(year), 100, str(year), fontSize=7, textAnchor="middle"))
    return d


def tiles():
    style = getSampleStyleSheet()["Normal"]
    style.fontName = "Sans"
    big = lambda v: Paragraph(f"<font size=16><b>{v}</b></font>", style)
    cells = [[big("US$1.2B"), big("23×"), big("US$700M")],
             ["two-way trade in 2019", "growth of trade since 1997", "development aid since 1987"],
             [big("2"), big("9"), ""], ["rank among investors", "milestones since 1970", ""]]
    table = Table(cells, colWidths=[160] * 3)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, -1), "Sans"),
                               ("LINEBELOW", (0, 1), (-1, 1), 4, colors.white)]))
    return table


def tiles_drawing():
    d = Drawing(W, H)
    figures = [("US$1.2B", "two-way trade in 2019"), ("23×", "growth of trade since 1997"),
               ("US$700M", "development aid since 1987"), ("2", "rank among investors"),
               ("9", "milestones since 1970")]
    places = [(0, 150, 155), (162, 150, 155), (324, 150, 155), (0, 20, 236), (243, 20, 236)]
    for (value, label), (x, y, w) in zip(figures, places):
        d.add(Rect(x, y, w, 110, fillColor=TINT, strokeColor=None))
        d.add(String(x + 10, y + 60, value, fontName="Sans-Bold", fontSize=20))
        d.add(String(x + 10, y + 20, label, fontSize=8))
    return d


CHARTS = {"tiles": tiles_drawing, "trade": trade, "oda": oda, "fdi": fdi, "timeline": timeline}
PARAGRAPH_1 = ("Trade between the two countries has grown every year since relations were restored in "
               "1997, with exports leading imports throughout. The line chart below shows both flows and "
               "their sum over 23 years; the bars after it show development aid by period and the "
               "largest investors, with the second of them highlighted.")
PARAGRAPH_2 = ("Relations were established in 1970, severed in 1975 and restored in 1997; the timeline "
               "marks the years without relations as a span and the milestones since.")


def furniture(canvas, doc):
    canvas.setFont("Sans", 7)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, "Benchmark briefing")
    canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page} of 3")


if mode == "pdf":
    styles = getSampleStyleSheet()
    for name in ("Heading1", "BodyText"):
        styles[name].fontName = "Sans-Bold" if name == "Heading1" else "Sans"
    story = [Paragraph("At a glance", styles["Heading1"]), tiles(), Spacer(1, 12),
             Paragraph(PARAGRAPH_1, styles["BodyText"]), Spacer(1, 12), trade(), PageBreak(),
             oda(), Spacer(1, 12), fdi(), PageBreak(), timeline(), Paragraph(PARAGRAPH_2, styles["BodyText"])]
    SimpleDocTemplate(f"{out}/briefing.pdf", pagesize=A4, title="Benchmark briefing").build(
        story, onFirstPage=furniture, onLaterPages=furniture)
else:
    for name, draw in CHARTS.items():
        drawing = draw()
        if mode == "svg":
            renderSVG.drawToFile(drawing, f"{out}/{name}.svg")
        else:
            from reportlab.graphics import renderPM  # Debian: python3-renderpm

            renderPM.drawToFile(drawing, f"{out}/{name}.png", fmt="PNG", dpi=300)
