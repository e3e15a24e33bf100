# weight-histograms: re-render with `gnuplot weight-histograms.gp` in this folder (data in weight-histograms.dat).
set terminal pngcairo size 1500,700 enhanced font 'DejaVu Sans,21' linewidth 1.9
set output 'weight-histograms.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Clipped critics: weights pile at ±c = ±0.01'
set xlabel 'weight'
set ylabel 'count'
set yrange [0:*]
unset key
# not in the key: the only series: the panel's title names it
plot 'weight-histograms.dat' index 0 using 1:2:3 with boxes lc rgb '#D55E00' fs transparent solid 0.7 border lc rgb '#D55E00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Penalized critics: a spread of weights'
set xlabel 'weight'
set ylabel 'count'
set yrange [0:*]
unset key
# not in the key: the only series: the panel's title names it
plot 'weight-histograms.dat' index 1 using 1:2:3 with boxes lc rgb '#0072B2' fs transparent solid 0.7 border lc rgb '#0072B2' notitle
unset multiplot
unset output
