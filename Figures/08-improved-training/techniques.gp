# techniques: re-render with `gnuplot techniques.gp` in this folder (data in techniques.dat).
set terminal pngcairo size 1600,840 enhanced font 'DejaVu Sans,23' linewidth 2
set output 'techniques.png'
set multiplot layout 2,4 title 'After 300 iterations (first seed): generated in blue, the 8 centres in orange' font ',28'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 0 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 1 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'feature matching'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 2 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 3 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'minibatch discrimination'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 4 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 5 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'historical averaging'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 6 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 7 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'one-sided label smoothing'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 8 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 9 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'virtual batch norm'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 10 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 11 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'instance noise'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 12 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 13 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: the 8 centres of the data: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'techniques.dat' index 14 using 1:2 with points pt 7 ps 1.4 lc rgb '#E69F00' notitle, \
    'techniques.dat' index 15 using 1:2 with points pt 7 ps 0.5 lc rgb '#0072B2' notitle
unset multiplot
unset output
