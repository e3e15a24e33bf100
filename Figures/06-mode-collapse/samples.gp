# samples: re-render with `gnuplot samples.gp` in this folder (data in samples.dat).
set terminal pngcairo size 1800,1300 enhanced font 'DejaVu Sans,26' linewidth 2.2
set output 'samples.png'
set multiplot layout 2,3 title 'Real points (orange) and generated points (blue) during training' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 100'
set xlabel 'x₁'
set ylabel 'x₂'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'samples.dat' index 0 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' notitle, \
    'samples.dat' index 1 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 1000'
set xlabel 'x₁'
set ylabel 'x₂'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'samples.dat' index 2 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' notitle, \
    'samples.dat' index 3 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 2000'
set xlabel 'x₁'
set ylabel 'x₂'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'samples.dat' index 4 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' notitle, \
    'samples.dat' index 5 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 100'
set xlabel 'x₁'
set ylabel 'x₂'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'samples.dat' index 6 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' notitle, \
    'samples.dat' index 7 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 1000'
set xlabel 'x₁'
set ylabel 'x₂'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'samples.dat' index 8 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' notitle, \
    'samples.dat' index 9 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 2000'
set xlabel 'x₁'
set ylabel 'x₂'
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'samples.dat' index 10 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' notitle, \
    'samples.dat' index 11 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' notitle
unset multiplot
unset output
