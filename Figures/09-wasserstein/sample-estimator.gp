# sample-estimator: re-render with `gnuplot sample-estimator.gp` in this folder (data in sample-estimator.dat).
set terminal pngcairo size 1100,760 enhanced font 'DejaVu Sans,16' linewidth 1.4
set output 'sample-estimator.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Sample estimate of W1(N(0,1), N(1,1)) = 1'
set xlabel 'samples per distribution'
set ylabel 'mean |Ŵ − W|'
set logscale x 10
set format x '10^{%L}'
set logscale y 10
set format y '10^{%L}'
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'sample-estimator.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'sorted-sample estimator', \
    'sample-estimator.dat' index 1 using 1:2 with lines lw 1 dt 2 lc rgb '#888888' title '∝ 1/√n'
unset output
