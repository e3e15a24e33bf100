# parallel-lines: re-render with `gnuplot parallel-lines.gp` in this folder (data in parallel-lines.dat).
set terminal pngcairo size 1300,860 enhanced font 'DejaVu Sans,19' linewidth 1.6
set output 'parallel-lines.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'P uniform on x = 0, Q uniform on x = θ (0 ≤ y ≤ 1); KL = +∞ for every θ ≠ 0'
set xlabel 'θ'."\n".' '
set ylabel 'distance'
set label 'JS = ln 2 ≈ 0.69 for every θ ≠ 0, and 0 at θ = 0 (arrow)' at 0,1.32 center front tc rgb '#000000'
set xrange [-1.05:1.05]
set yrange [-0.05:1.45]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
# not in the key: points the label at JS(θ = 0) = 0
plot 'parallel-lines.dat' index 0 using 1:2 with lines lw 2.5 dt 1 lc rgb '#0072B2' title 'W = |θ|', \
    'parallel-lines.dat' index 1 using 1:2 with points pt 7 ps 0.8 lc rgb '#009E73' title 'W from 256 + 256 samples (exact plan)', \
    'parallel-lines.dat' index 2 using 1:2 with points pt 7 ps 1 lc rgb '#D55E00' title 'JS, segments of thickness 0.003', \
    'parallel-lines.dat' index 3 using 1:2:3:4 with vectors head size screen 0.008,20 filled lw 1.5 lc rgb '#000000' notitle
unset output
