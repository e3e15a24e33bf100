# training: re-render with `gnuplot training.gp` in this folder (data in training.dat).
set terminal pngcairo size 1800,640 enhanced font 'DejaVu Sans,26' linewidth 2.2
set output 'training.png'
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Game value L(G, D)'
set xlabel 'generator iterations'
set ylabel 'L'
set xtics 1000
unset key
# not in the key: the only curve: the panel's title names it
plot 'training.dat' index 0 using 1:2 with lines lw 3 dt 1 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Exact W1(generated, real)'
set xlabel 'generator iterations'
set ylabel 'W1'
set xtics 1000
unset key
# not in the key: the only curve: the panel's title names it
plot 'training.dat' index 1 using 1:2 with lines lw 3 dt 1 lc rgb '#D55E00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Modes covered'
set xlabel 'generator iterations'
set ylabel 'modes (of 8)'
set xtics 1000
set yrange [0:8.5]
unset key
# not in the key: the only curve: the panel's title names it
plot 'training.dat' index 2 using 1:2 with lines lw 3 dt 1 lc rgb '#009E73' notitle
unset multiplot
unset output
