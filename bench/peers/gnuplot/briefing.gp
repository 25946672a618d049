# The benchmark briefing (bench/workload/briefing.json) written for gnuplot 5.4 as its users
# would: one script, a multiplot per page for the PDF, and each chart alone as SVG or PNG.
#   gnuplot -e "mode='pdf'; out='OUT'" briefing.gp    # OUT/briefing.pdf, 3 A4 pages
#   gnuplot -e "mode='svg'; out='OUT'" briefing.gp    # OUT/{tiles,trade,oda,fdi,timeline}.svg
#   gnuplot -e "mode='png'; out='OUT'" briefing.gp    # the same at 300 dpi
# Run from bench/workload (the CSVs are read from data/).
if (!exists("mode")) mode = 'pdf'
if (!exists("out")) out = '.'
set datafile separator ','
set encoding utf8
font = 'Noto Sans,9'
blue = '#1f4e8c'; teal = '#2a9d8f'; orange = '#d9822b'; grey = '#a7b4c6'; red = '#c8102e'

# Each chart as a function of no arguments: gnuplot's "functions" are its macros.
tiles = "unset border; unset tics; unset key; set xrange [0:3]; set yrange [0:2]; \
  set label 1 'US$1.2B' at 0.05,1.7 font 'Noto Sans Bold,18' tc rgb '#102a43'; \
  set label 2 'two-way trade in 2019' at 0.05,1.35 font font; \
  set label 3 '23×' at 1.05,1.7 font 'Noto Sans Bold,18' tc rgb '#102a43'; \
  set label 4 'growth of trade since 1997' at 1.05,1.35 font font; \
  set label 5 'US$700M' at 2.05,1.7 font 'Noto Sans Bold,18' tc rgb '#102a43'; \
  set label 6 'development aid since 1987' at 2.05,1.35 font font; \
  set label 7 '2' at 0.05,0.7 font 'Noto Sans Bold,18' tc rgb '#102a43'; \
  set label 8 'rank among investors' at 0.05,0.35 font font; \
  set label 9 '9' at 1.55,0.7 font 'Noto Sans Bold,18' tc rgb '#102a43'; \
  set label 10 'milestones since 1970' at 1.55,0.35 font font; \
  set object 1 rect from 0,1.1 to 0.95,1.95 fc rgb '#eef2f7' fs solid noborder behind; \
  set object 2 rect from 1,1.1 to 1.95,1.95 fc rgb '#eef2f7' fs solid noborder behind; \
  set object 3 rect from 2,1.1 to 2.95,1.95 fc rgb '#eef2f7' fs solid noborder behind; \
  set object 4 rect from 0,0.05 to 1.45,0.9 fc rgb '#eef2f7' fs solid noborder behind; \
  set object 5 rect from 1.5,0.05 to 2.95,0.9 fc rgb '#eef2f7' fs solid noborder behind; \
  plot NaN notitle; unset label; unset object; reset; set datafile separator ','"

trade = "set title 'Trade grew every year since 1997 (US$ million)' font 'Noto Sans Bold,11' left; \
  set border 1; set xtics nomirror font font; set ytics nomirror font font; set grid ytics lt 1 lc rgb '#e4e7eb'; \
  set key left top font font; set xrange [1996:2020]; set yrange [0:*]; \
  plot 'data/trade.csv' skip 1 every 3::0 using 1:3 with linespoints lc rgb blue pt 7 ps 0.5 lw 2 title 'Korean exports', \
       '' skip 1 every 3::1 using 1:3 with linespoints lc rgb orange pt 7 ps 0.5 lw 2 title 'Korean imports', \
       '' skip 1 every 3::2 using 1:3 with linespoints lc rgb teal pt 7 ps 0.5 lw 2 title 'Two-way trade'; \
  reset; set datafile separator ','"

oda = "set title 'Development aid by period (US$ million)' font 'Noto Sans Bold,11' left; \
  set border 1; set style fill solid noborder; set boxwidth 0.7; unset key; set grid ytics lt 1 lc rgb '#e4e7eb'; \
  set xtics nomirror font font scale 0; set ytics nomirror font font; set yrange [0:300]; \
  plot 'data/oda.csv' skip 1 using 0:2:xtic(1) with boxes lc rgb blue, \
       '' skip 1 using 0:2:2 with labels offset 0,0.7 font 'Noto Sans Bold,8'; \
  reset; set datafile separator ','"

fdi = "set title 'The second largest investor (cumulative, US$ billion)' font 'Noto Sans Bold,11' left; \
  unset border; unset xtics; set ytics nomirror font font scale 0; unset key; \
  set style fill solid noborder; set yrange [9.6:-0.6]; set xrange [0:16]; \
  plot 'data/fdi.csv' skip 1 using ($2/2):0:($2/2):(0.35):(strcol(1) eq 'Republic of Korea' ? 0xc8102e : 0xa7b4c6):ytic(1) with boxxyerror lc rgb variable, \
       '' skip 1 using 2:0:2 with labels left offset 0.5,0 font 'Noto Sans Bold,8'; \
  reset; set datafile separator ','"

timeline = "set title 'Half a century of relations' font 'Noto Sans Bold,11' left; \
  unset border; unset ytics; set xtics 1970,10,2020 nomirror font font scale 0; unset key; \
  set xrange [1968:2022]; set yrange [-1.5:2]; \
  set object 1 rect from 1975,-0.15 to 1997,0.15 fc rgb '#eef2f7' fs solid border lc rgb grey; \
  set label 1 'No diplomatic relations' at 1986,0 center font 'Noto Sans Italic,8'; \
  plot 0 with lines lc rgb grey lw 1, \
       'data/timeline.csv' skip 1 using 1:(0) with points pt 7 ps 0.8 lc rgb blue, \
       '' skip 1 using 1:(int($0) % 2 ? -0.8 : 0.9):(strcol(1).\"\\n\".strcol(2)) with labels left font font; \
  unset object; unset label; reset; set datafile separator ','"

paragraph1 = "Trade between the two countries has grown every year since relations were restored in 1997,\nwith exports leading imports throughout. The line chart below shows both flows and their sum\nover 23 years; the bars after it show development aid by period and the largest investors,\nwith the second of them highlighted."
paragraph2 = "Relations were established in 1970, severed in 1975 and restored in 1997; the timeline marks\nthe years without relations as a span and the milestones since."

text_page = "unset border; unset tics; unset key; set xrange [0:1]; set yrange [0:1]"

if (mode eq 'pdf') {
  set terminal pdfcairo size 8.27in,11.69in font font enhanced
  set output out.'/briefing.pdf'
  # Page 1: heading, tiles, a paragraph, the line chart.
  set multiplot
  eval text_page
  set label 1 'At a glance' at 0.08,0.94 font 'Noto Sans Bold,16'
  set label 2 paragraph1 at 0.08,0.62 font 'Noto Sans,10'
  set label 3 'Benchmark briefing' at 0.08,0.975 font font
  set label 4 'Page 1 of 3' at 0.92,0.025 right font font
  plot NaN notitle
  reset; set datafile separator ','
  set origin 0.06,0.66; set size 0.88,0.26
  @tiles
  set origin 0.06,0.18; set size 0.88,0.4
  @trade
  unset multiplot
  # Page 2: the two bar charts.
  set multiplot
  eval text_page
  set label 1 'Benchmark briefing' at 0.08,0.975 font font
  set label 2 'Page 2 of 3' at 0.92,0.025 right font font
  plot NaN notitle
  reset; set datafile separator ','
  set origin 0.06,0.52; set size 0.88,0.42
  @oda
  set origin 0.06,0.06; set size 0.88,0.42
  @fdi
  unset multiplot
  # Page 3: a paragraph and the timeline.
  set multiplot
  eval text_page
  set label 1 'Benchmark briefing' at 0.08,0.975 font font
  set label 2 paragraph2 at 0.08,0.62 font 'Noto Sans,10'
  set label 3 'Page 3 of 3' at 0.92,0.025 right font font
  plot NaN notitle
  reset; set datafile separator ','
  set origin 0.06,0.7; set size 0.88,0.25
  @timeline
  unset multiplot
  unset output
} else {
  # 640 × 360 pt, as folio's standalone charts; PNGs at 300 dpi.
  if (mode eq 'svg') {
    set terminal svg size 853,480 font font dynamic enhanced
    ext = '.svg'
  } else {
    set terminal pngcairo size 2667,1500 font 'Noto Sans,28' enhanced
    ext = '.png'
  }
  set output out.'/tiles'.ext; @tiles
  set output out.'/trade'.ext; @trade
  set output out.'/oda'.ext; @oda
  set output out.'/fdi'.ext; @fdi
  set output out.'/timeline'.ext; @timeline
  unset output
}
