# samples: re-render with `gnuplot samples.gp` in this folder (data in samples.dat).
set terminal pngcairo size 1800,650 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'samples.png'
set multiplot layout 2,6
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 100'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 0 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 1 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 2 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 3 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 4 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 5 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 1200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 6 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 7 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 1600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 8 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 9 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 2000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 10 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 11 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 100'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 12 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 13 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 14 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 15 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 16 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 17 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 1200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 18 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 19 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 1600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 20 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 21 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 2000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
plot 'samples.dat' index 22 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'samples.dat' index 23 using 1:2 with points pt 7 ps 0.35 lc rgb '#1f4e9c' notitle
unset multiplot
unset output
