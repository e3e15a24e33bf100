# low-dimensional-supports: re-render with `gnuplot low-dimensional-supports.gp` in this folder (data in low-dimensional-supports.dat).
set terminal pngcairo size 1600,820 enhanced font 'DejaVu Sans,23' linewidth 2
set output 'low-dimensional-supports.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Two segments in ℝ³ that never meet'
set xlabel 'x'
set ylabel 'y'
set zlabel 'z'
set label 'dashed: a gap of 0.29' at 0.5,0.2,0.95 center front tc rgb '#000000'
set xrange [0:1]
set yrange [0:1]
set zrange [0:1]
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
set view 62,35
set xyplane 0
splot 'low-dimensional-supports.dat' index 0 using 1:2:3 with lines lw 4 dt 1 lc rgb '#E69F00' title 'p_r', \
    'low-dimensional-supports.dat' index 1 using 1:2:3 with lines lw 4 dt 1 lc rgb '#0072B2' title 'p_g', \
    'low-dimensional-supports.dat' index 2 using 1:2:3 with lines lw 2 dt 2 lc rgb '#000000' title 'the gap between them'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Two planes that meet only along a line'
set xlabel 'x'
set ylabel 'y'
set zlabel 'z'
set xrange [0:1]
set yrange [0:1]
set zrange [0:1]
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
set view 62,35
set xyplane 0
splot 'low-dimensional-supports.dat' index 3 using 1:2:3 with lines lw 1 lc rgb '#E69F00' title 'p_r', \
    'low-dimensional-supports.dat' index 4 using 1:2:3 with lines lw 1 lc rgb '#0072B2' title 'p_g', \
    'low-dimensional-supports.dat' index 5 using 1:2:3 with lines lw 4 dt 1 lc rgb '#000000' title 'meeting line (zero area)'
unset multiplot
unset output
