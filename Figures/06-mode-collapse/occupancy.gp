# occupancy: re-render with `gnuplot occupancy.gp` in this folder (data in occupancy.dat).
set terminal pngcairo size 1700,760 enhanced font 'DejaVu Sans,24' linewidth 2.1
set output 'occupancy.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN: share of samples at each mode'
set xlabel 'generator iterations'
set ylabel 'mode (angle on the circle, °)'
set cblabel 'share of samples (fair: 1/8)'
set cbtics (0, 0.31, 0.62)
set ytics 45
set xrange [-50:2050]
set yrange [-22.5:337.5]
set cbrange [0:0.62]
unset key
# not in the key: the colour map: its colour bar is labelled
plot 'occupancy.dat' index 0 using 1:2:3 with image notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP: share of samples at each mode'
set xlabel 'generator iterations'
set ylabel 'mode (angle on the circle, °)'
set cblabel 'share of samples (fair: 1/8)'
set cbtics (0, 0.31, 0.62)
set ytics 45
set xrange [-50:2050]
set yrange [-22.5:337.5]
set cbrange [0:0.62]
unset key
# not in the key: the colour map: its colour bar is labelled
plot 'occupancy.dat' index 1 using 1:2:3 with image notitle
unset multiplot
unset output
