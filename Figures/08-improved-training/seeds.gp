# seeds: re-render with `gnuplot seeds.gp` in this folder (data in seeds.dat).
set terminal pngcairo size 1500,800 enhanced font 'DejaVu Sans,21' linewidth 1.9
set output 'seeds.png'
set multiplot layout 1,2 title '16 seeds a variant, 300 iterations; black: mean ± 1 s.e.' font ',25'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Modes covered (of 8)'
set ylabel 'modes'
set xtics ('GAN' 1, 'feature matching' 2, 'minibatch discrimination' 3, 'historical averaging' 4, 'one-sided label smoothing' 5, 'virtual batch norm' 6, 'instance noise' 7, 'WGAN-GP' 8) rotate by -30 left
set xrange [0.5:8.5]
set yrange [-0.5:8.5]
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
plot 'seeds.dat' index 0 using 1:2 with points pt 7 ps 1 lc rgb '#d62728' notitle, \
    'seeds.dat' index 1 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 2 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 3 using 1:2 with points pt 7 ps 1 lc rgb '#1f77b4' notitle, \
    'seeds.dat' index 4 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 5 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 6 using 1:2 with points pt 7 ps 1 lc rgb '#2ca02c' notitle, \
    'seeds.dat' index 7 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 8 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 9 using 1:2 with points pt 7 ps 1 lc rgb '#9467bd' notitle, \
    'seeds.dat' index 10 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 11 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 12 using 1:2 with points pt 7 ps 1 lc rgb '#8c564b' notitle, \
    'seeds.dat' index 13 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 14 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 15 using 1:2 with points pt 7 ps 1 lc rgb '#17becf' notitle, \
    'seeds.dat' index 16 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 17 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 18 using 1:2 with points pt 7 ps 1 lc rgb '#e377c2' notitle, \
    'seeds.dat' index 19 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 20 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 21 using 1:2 with points pt 7 ps 1 lc rgb '#ff7f0e' notitle, \
    'seeds.dat' index 22 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 23 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 24 using 1:2 with lines lw 1.5 dt 2 lc rgb '#808080' title 'the plain GAN''s mean'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Exact W1 to the data'
set ylabel 'W1'
set xtics ('GAN' 1, 'feature matching' 2, 'minibatch discrimination' 3, 'historical averaging' 4, 'one-sided label smoothing' 5, 'virtual batch norm' 6, 'instance noise' 7, 'WGAN-GP' 8) rotate by -30 left
set xrange [0.5:8.5]
unset key
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the x axis names the variant
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: mean ± 1 s.e.: the panel's title names the black bars
# not in the key: the left panel's key names the line
plot 'seeds.dat' index 25 using 1:2 with points pt 7 ps 1 lc rgb '#d62728' notitle, \
    'seeds.dat' index 26 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 27 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 28 using 1:2 with points pt 7 ps 1 lc rgb '#1f77b4' notitle, \
    'seeds.dat' index 29 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 30 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 31 using 1:2 with points pt 7 ps 1 lc rgb '#2ca02c' notitle, \
    'seeds.dat' index 32 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 33 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 34 using 1:2 with points pt 7 ps 1 lc rgb '#9467bd' notitle, \
    'seeds.dat' index 35 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 36 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 37 using 1:2 with points pt 7 ps 1 lc rgb '#8c564b' notitle, \
    'seeds.dat' index 38 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 39 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 40 using 1:2 with points pt 7 ps 1 lc rgb '#17becf' notitle, \
    'seeds.dat' index 41 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 42 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 43 using 1:2 with points pt 7 ps 1 lc rgb '#e377c2' notitle, \
    'seeds.dat' index 44 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 45 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 46 using 1:2 with points pt 7 ps 1 lc rgb '#ff7f0e' notitle, \
    'seeds.dat' index 47 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 48 using 1:2 with lines lw 3 dt 1 lc rgb '#000000' notitle, \
    'seeds.dat' index 49 using 1:2 with lines lw 1.5 dt 2 lc rgb '#808080' notitle
unset multiplot
unset output
