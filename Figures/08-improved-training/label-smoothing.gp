# label-smoothing: re-render with `gnuplot label-smoothing.gp` in this folder (data in label-smoothing.dat).
set terminal pngcairo size 900,520 enhanced font 'DejaVu Sans,14' linewidth 1.2
set output 'label-smoothing.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Discriminators trained with smoothed labels against their D*'
set xlabel 'x  (p_r = N(0,1), p_g = N(1,1))'
set ylabel 'D(x)'
set yrange [0:1.05]
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'label-smoothing.dat' index 0 using 1:2 with lines lw 1.5 dt 1 lc rgb '#0072B2' title 'D*, labels 1 and 0', \
    'label-smoothing.dat' index 1 using 1:2 with lines lw 2.5 dt 2 lc rgb '#0072B2' title 'trained, labels 1 and 0', \
    'label-smoothing.dat' index 2 using 1:2 with lines lw 1.5 dt 1 lc rgb '#D55E00' title 'D*, one-sided, 0.9 and 0', \
    'label-smoothing.dat' index 3 using 1:2 with lines lw 2.5 dt 2 lc rgb '#D55E00' title 'trained, one-sided, 0.9 and 0', \
    'label-smoothing.dat' index 4 using 1:2 with lines lw 1.5 dt 1 lc rgb '#009E73' title 'D*, two-sided, 0.9 and 0.1', \
    'label-smoothing.dat' index 5 using 1:2 with lines lw 2.5 dt 2 lc rgb '#009E73' title 'trained, two-sided, 0.9 and 0.1'
unset output
