# learned-vs-optimal-d: re-render with `gnuplot learned-vs-optimal-d.gp` in this folder (data in learned-vs-optimal-d.dat).
set terminal pngcairo size 1200,760 enhanced font 'DejaVu Sans,17' linewidth 1.5
set output 'learned-vs-optimal-d.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Trained discriminator against D*(x) = p_r/(p_r + p_g)'
set xlabel 'x'."\n".' '
set ylabel 'D(x), density'
set yrange [0:1.05]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'learned-vs-optimal-d.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.3 noborder lc rgb '#E69F00' title 'p_r = N(0,1), real', \
    'learned-vs-optimal-d.dat' index 1 using 1:2:3 with filledcurves fs transparent solid 0.25 noborder lc rgb '#0072B2' title 'p_g = N(1,1), generated', \
    'learned-vs-optimal-d.dat' index 2 using 1:2 with lines lw 2.5 dt 1 lc rgb '#000000' title 'D* (analytic)', \
    'learned-vs-optimal-d.dat' index 3 using 1:2 with lines lw 2.5 dt 2 lc rgb '#009E73' title 'D (trained MLP)'
unset output
