# earth-mover: re-render with `gnuplot earth-mover.gp` in this folder (data in earth-mover.dat).
set terminal pngcairo size 1800,680 enhanced font 'DejaVu Sans,26' linewidth 2.2
set output 'earth-mover.png'
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Piles P and Q'."\n".'at positions 1–4'
set xlabel 'position'
set ylabel 'shovelfuls'
set xtics 1
set xrange [0.4:4.6]
set yrange [0:7]
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'earth-mover.dat' index 0 using 1:2:3 with boxes lc rgb '#0072B2' fs transparent solid 0.3 border lc rgb '#0072B2' title 'P = (3, 2, 1, 4)', \
    'earth-mover.dat' index 1 using 1:2:3 with boxes lc rgb '#D55E00' fs transparent solid 0.3 border lc rgb '#D55E00' title 'Q = (1, 2, 4, 3)'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Carried from i to i+1:'."\n".'δ = (2, 2, −1, 0), W = 5'
set xlabel 'after position'
set ylabel 'δᵢ (< 0: carried back)'
set xtics 1
set xrange [0.4:4.6]
set yrange [-2:3]
unset key
# not in the key: the bars are the panel's δ, named in its title and y label
# not in the key: arrows: the direction each δ is carried
plot 'earth-mover.dat' index 2 using 1:2:3 with boxes lc rgb '#009E73' fs transparent solid 0.6 border lc rgb '#009E73' notitle, \
    'earth-mover.dat' index 3 using 1:2:3:4 with vectors head size screen 0.008,20 filled lw 2 lc rgb '#000000' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'W1(N(0,1), N(1,1)) ='."\n".'area between the CDFs = 1'
set xlabel 'x'
set ylabel 'F(x)'
set xtics 2
set ytics 0.2
set xrange [-4:5]
set key bottom right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'earth-mover.dat' index 4 using 1:2:3 with filledcurves fs transparent solid 0.4 noborder lc rgb '#E69F00' title '|F_P − F_Q|', \
    'earth-mover.dat' index 5 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'F_P, N(0,1)', \
    'earth-mover.dat' index 6 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'F_Q, N(1,1)'
unset multiplot
unset output
