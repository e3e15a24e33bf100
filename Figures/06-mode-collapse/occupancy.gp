# occupancy: re-render with `gnuplot occupancy.gp` in this folder (data in occupancy.dat).
set terminal pngcairo size 1300,500 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'occupancy.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN: share of samples at each mode'
set xlabel 'generator iterations'
set ylabel 'mode (angle on the circle, degrees)'
set xrange [-50:2050]
set yrange [-22.5:337.5]
set cbrange [0:0.25]
unset key
plot 'occupancy.dat' index 0 using 1:2:3 with image notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP: share of samples at each mode'
set xlabel 'generator iterations'
set ylabel 'mode (angle on the circle, degrees)'
set xrange [-50:2050]
set yrange [-22.5:337.5]
set cbrange [0:0.25]
unset key
plot 'occupancy.dat' index 1 using 1:2:3 with image notitle
unset multiplot
unset output
