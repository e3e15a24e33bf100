# low-dimensional-supports: re-render with `gnuplot low-dimensional-supports.gp` in this folder (data in low-dimensional-supports.dat).
set terminal pngcairo size 1200,520 enhanced font 'DejaVu Sans,11' linewidth 1.2
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
set xrange [0:1]
set yrange [0:1]
set zrange [0:1]
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
set view 62,35
set xyplane 0
set hidden3d
splot 'low-dimensional-supports.dat' index 0 using 1:2:3 with lines lw 3 dt 1 lc rgb '#0072B2' title 'p_r', \
    'low-dimensional-supports.dat' index 1 using 1:2:3 with lines lw 3 dt 1 lc rgb '#D55E00' title 'p_g'
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
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
set view 62,35
set xyplane 0
set hidden3d
splot 'low-dimensional-supports.dat' index 2 using 1:2:3 with lines lw 1 lc rgb '#0072B2' title 'p_r', \
    'low-dimensional-supports.dat' index 3 using 1:2:3 with lines lw 1 lc rgb '#D55E00' title 'p_g', \
    'low-dimensional-supports.dat' index 4 using 1:2:3 with lines lw 3 dt 1 lc rgb '#000000' title 'intersection'
unset multiplot
unset output
