# trajectories: re-render with `gnuplot trajectories.gp` in this folder (data in trajectories.dat).
set terminal pngcairo size 1300,900 enhanced font 'DejaVu Sans,19' linewidth 1.6
set output 'trajectories.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'The game''s vector field (−y, x) and three update rules'."\n".'(arrows show each rule''s direction of travel)'
set xlabel 'x'
set ylabel 'y'
set xrange [-3.2:3.2]
set yrange [-3.2:3.2]
set size ratio -1
set key outside right top opaque box lc rgb '#c0c0c0' samplen 2 width 1
# not in the key: arrows on the simultaneous path: its direction
# not in the key: arrows on the alternating path: its direction
# not in the key: arrows on the extragradient path: its direction
plot 'trajectories.dat' index 0 using 1:2:3:4 with vectors head size screen 0.008,20 filled lw 1 lc rgb '#bbbbbb' title 'field (−y, x)', \
    'trajectories.dat' index 1 using 1:2 with lines lw 2.5 dt 1 lc rgb '#0072B2' title 'simultaneous', \
    'trajectories.dat' index 2 using 1:2:3:4 with vectors head size screen 0.008,20 filled lw 2.5 lc rgb '#0072B2' notitle, \
    'trajectories.dat' index 3 using 1:2 with lines lw 2.5 dt 1 lc rgb '#D55E00' title 'alternating', \
    'trajectories.dat' index 4 using 1:2:3:4 with vectors head size screen 0.008,20 filled lw 2.5 lc rgb '#D55E00' notitle, \
    'trajectories.dat' index 5 using 1:2 with lines lw 2.5 dt 1 lc rgb '#009E73' title 'extragradient', \
    'trajectories.dat' index 6 using 1:2:3:4 with vectors head size screen 0.008,20 filled lw 2.5 lc rgb '#009E73' notitle, \
    'trajectories.dat' index 7 using 1:2 with points pt 7 ps 2 lc rgb '#000000' title 'start (1, 1)'
unset output
