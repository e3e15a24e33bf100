# seeds: re-render with `gnuplot seeds.gp` in this folder (data in seeds.dat).
set terminal pngcairo size 1500,760 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'seeds.png'
set multiplot layout 1,2 title '16 seeds a variant, 300 iterations' font ',13'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Modes covered (of 8) (black: mean ± 1 s.e.)'
set ylabel 'modes'
set xrange [0.5:8.5]
set yrange [-0.5:8.5]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'seeds.dat' index 0 using 1:2 with points pt 7 ps 1 lc rgb '#d62728' title 'GAN', \
    'seeds.dat' index 1 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 2 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 3 using 1:2 with points pt 7 ps 1 lc rgb '#1f77b4' title 'feature matching', \
    'seeds.dat' index 4 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 5 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 6 using 1:2 with points pt 7 ps 1 lc rgb '#2ca02c' title 'minibatch discrimination', \
    'seeds.dat' index 7 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 8 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 9 using 1:2 with points pt 7 ps 1 lc rgb '#9467bd' title 'historical averaging', \
    'seeds.dat' index 10 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 11 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 12 using 1:2 with points pt 7 ps 1 lc rgb '#8c564b' title 'one-sided label smoothing', \
    'seeds.dat' index 13 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 14 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 15 using 1:2 with points pt 7 ps 1 lc rgb '#17becf' title 'virtual batch norm', \
    'seeds.dat' index 16 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 17 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 18 using 1:2 with points pt 7 ps 1 lc rgb '#e377c2' title 'instance noise', \
    'seeds.dat' index 19 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 20 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 21 using 1:2 with points pt 7 ps 1 lc rgb '#ff7f0e' title 'WGAN-GP', \
    'seeds.dat' index 22 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 23 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 24 using 1:2 with lines lw 1.5 dt 2 lc rgb '#808080' title 'the plain GAN''s mean'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Exact W1 to the data (black: mean ± 1 s.e.)'
set ylabel 'W1'
set xrange [0.5:8.5]
unset key
plot 'seeds.dat' index 25 using 1:2 with points pt 7 ps 1 lc rgb '#d62728' title 'GAN', \
    'seeds.dat' index 26 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 27 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 28 using 1:2 with points pt 7 ps 1 lc rgb '#1f77b4' title 'feature matching', \
    'seeds.dat' index 29 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 30 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 31 using 1:2 with points pt 7 ps 1 lc rgb '#2ca02c' title 'minibatch discrimination', \
    'seeds.dat' index 32 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 33 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 34 using 1:2 with points pt 7 ps 1 lc rgb '#9467bd' title 'historical averaging', \
    'seeds.dat' index 35 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 36 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 37 using 1:2 with points pt 7 ps 1 lc rgb '#8c564b' title 'one-sided label smoothing', \
    'seeds.dat' index 38 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 39 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 40 using 1:2 with points pt 7 ps 1 lc rgb '#17becf' title 'virtual batch norm', \
    'seeds.dat' index 41 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 42 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 43 using 1:2 with points pt 7 ps 1 lc rgb '#e377c2' title 'instance noise', \
    'seeds.dat' index 44 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 45 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 46 using 1:2 with points pt 7 ps 1 lc rgb '#ff7f0e' title 'WGAN-GP', \
    'seeds.dat' index 47 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 48 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 49 using 1:2 with lines lw 1.5 dt 2 lc rgb '#808080' title 'the plain GAN''s mean'
unset multiplot
unset output
