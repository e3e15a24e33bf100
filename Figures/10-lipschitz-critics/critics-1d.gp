# critics-1d: re-render with `gnuplot critics-1d.gp` in this folder (data in critics-1d.dat).
set terminal pngcairo size 1700,860 enhanced font 'DejaVu Sans,24' linewidth 2.1
set output 'critics-1d.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'shift: N(0, 1) vs N(2, 1)'
set xlabel 'x'."\n".' '
set ylabel 'critic f(x)'
set xrange [-4:5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'critics-1d.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'penalized critic', \
    'critics-1d.dat' index 1 using 1:2 with lines lw 1.5 dt 2 lc rgb '#000000' title 'k·f*, f*(x) = −x', \
    'critics-1d.dat' index 2 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'clipped critic × 782'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'spread: N(0, 1) vs N(0, 0.3²)'
set xlabel 'x'."\n".' '
set ylabel 'critic f(x)'
set xrange [-4:5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'critics-1d.dat' index 3 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'penalized critic', \
    'critics-1d.dat' index 4 using 1:2 with lines lw 1.5 dt 2 lc rgb '#000000' title 'k·f*, f*(x) = |x|', \
    'critics-1d.dat' index 5 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'clipped critic × 901'
unset multiplot
unset output
