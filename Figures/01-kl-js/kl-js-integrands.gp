# kl-js-integrands: re-render with `gnuplot kl-js-integrands.gp` in this folder (data in kl-js-integrands.dat).
set terminal pngcairo size 1600,1250 enhanced font 'DejaVu Sans,23' linewidth 2
set output 'kl-js-integrands.png'
set multiplot layout 2,2 title 'p = N(0,1), q = N(1,1)' font ',28'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Densities'
set xlabel 'x'."\n".' '
set ylabel 'density'
set xrange [-5:5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'kl-js-integrands.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#E69F00' title 'p', \
    'kl-js-integrands.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'q'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'KL integrands (each integrates to 0.5)'
set xlabel 'x'."\n".' '
set xrange [-5:5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'kl-js-integrands.dat' index 2 using 1:2 with lines lw 2 dt 1 lc rgb '#E69F00' title 'p ln(p/q)', \
    'kl-js-integrands.dat' index 3 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'q ln(q/p)'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Against the midpoint m = (p+q)/2'
set xlabel 'x'."\n".' '
set xrange [-5:5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'kl-js-integrands.dat' index 4 using 1:2 with lines lw 2 dt 1 lc rgb '#E69F00' title 'p ln(p/m)', \
    'kl-js-integrands.dat' index 5 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'q ln(q/m)'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'JS integrand (integrates to 0.1114)'
set xlabel 'x'."\n".' '
set xrange [-5:5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'kl-js-integrands.dat' index 6 using 1:2 with lines lw 2 dt 1 lc rgb '#009E73' title '½p ln(p/m) + ½q ln(q/m)'
unset multiplot
unset output
