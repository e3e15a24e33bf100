# parallel-lines: re-render with `gnuplot parallel-lines.gp` in this folder (data in parallel-lines.dat).
set terminal pngcairo size 860,520 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'parallel-lines.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'P uniform on x = 0, Q uniform on x = θ (0 ≤ y ≤ 1); KL = +∞ for every θ ≠ 0'
set xlabel 'θ'
set ylabel 'distance'
set xrange [-1:1]
set yrange [0:1.45]
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'parallel-lines.dat' index 0 using 1:2 with points pt 7 ps 0.5 lc rgb '#D55E00' title 'JS, segments of thickness 0.003', \
    'parallel-lines.dat' index 1 using 1:2 with lines lw 2.5 dt 1 lc rgb '#0072B2' title 'W = |θ|', \
    'parallel-lines.dat' index 2 using 1:2 with points pt 7 ps 0.6 lc rgb '#009E73' title 'W from 256 + 256 samples (exact plan)'
unset output
