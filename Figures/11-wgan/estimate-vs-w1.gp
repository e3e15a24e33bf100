# estimate-vs-w1: re-render with `gnuplot estimate-vs-w1.gp` in this folder (data in estimate-vs-w1.dat).
set terminal pngcairo size 1600,1200 enhanced font 'DejaVu Sans,23' linewidth 2
set output 'estimate-vs-w1.png'
set multiplot layout 2,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Exact W1(generated, real)'
set xlabel 'generator iterations'
set ylabel 'W1'
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'estimate-vs-w1.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'WGAN (clipping)', \
    'estimate-vs-w1.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'WGAN-GP', \
    'estimate-vs-w1.dat' index 2 using 1:2 with lines lw 2 dt 1 lc rgb '#009E73' title 'GAN'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping): critic''s E f(real) − E f(fake)'
set xlabel 'generator iterations'
set ylabel 'estimate'
unset key
# not in the key: the only curve: the panel's title names it
plot 'estimate-vs-w1.dat' index 3 using 1:2 with lines lw 3 dt 1 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP: critic''s E f(real) − E f(fake)'
set xlabel 'generator iterations'
set ylabel 'estimate'
unset key
# not in the key: the only curve: the panel's title names it
plot 'estimate-vs-w1.dat' index 4 using 1:2 with lines lw 3 dt 1 lc rgb '#D55E00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN: the game''s value −L_D'
set xlabel 'generator iterations'
set ylabel 'value'
unset key
# not in the key: the only curve: the panel's title names it
plot 'estimate-vs-w1.dat' index 5 using 1:2 with lines lw 3 dt 1 lc rgb '#009E73' notitle
unset multiplot
unset output
