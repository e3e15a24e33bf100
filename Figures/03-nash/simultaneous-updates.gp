# simultaneous-updates: re-render with `gnuplot simultaneous-updates.gp` in this folder (data in simultaneous-updates.dat).
set terminal pngcairo size 860,480 enhanced font 'DejaVu Sans,14' linewidth 1.2
set output 'simultaneous-updates.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Simultaneous gradient steps on f₁ = xy, f₂ = −xy (η = 0.1)'
set xlabel 'step'
set ylabel 'value'
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'simultaneous-updates.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'x', \
    'simultaneous-updates.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'y', \
    'simultaneous-updates.dat' index 2 using 1:2 with lines lw 2 dt 2 lc rgb '#009E73' title 'xy'
unset output
