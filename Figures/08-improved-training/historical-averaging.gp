# historical-averaging: re-render with `gnuplot historical-averaging.gp` in this folder (data in historical-averaging.dat).
set terminal pngcairo size 860,460 enhanced font 'DejaVu Sans,14' linewidth 1.2
set output 'historical-averaging.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title '‖(x, y)‖ on min_x max_y xy, simultaneous steps'
set xlabel 'step'
set ylabel '‖(x, y)‖'
set logscale y 10
set format y '10^{%L}'
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'historical-averaging.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'gradient steps', \
    'historical-averaging.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'with historical averaging, λ = 0.5'
unset output
