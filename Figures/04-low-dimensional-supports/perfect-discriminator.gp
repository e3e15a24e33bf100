# perfect-discriminator: re-render with `gnuplot perfect-discriminator.gp` in this folder (data in perfect-discriminator.dat).
set terminal pngcairo size 1800,1300 enhanced font 'DejaVu Sans,26' linewidth 2.2
set output 'perfect-discriminator.png'
set multiplot layout 2,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Discriminator accuracy'
set xlabel 'discriminator step'."\n".' '
set ylabel 'accuracy'
set yrange [0.4:1.02]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'perfect-discriminator.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'disjoint supports', \
    'perfect-discriminator.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'instance noise σ = 0.2', \
    'perfect-discriminator.dat' index 2 using 1:2 with lines lw 1 dt 2 lc rgb '#D55E00' title 'best possible with noise, ½(1 + TV)'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'JS estimate ½(L + ln 4)'
set xlabel 'discriminator step'."\n".' '
set ylabel 'nats'
set yrange [0:0.95]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'perfect-discriminator.dat' index 3 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'disjoint supports', \
    'perfect-discriminator.dat' index 4 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'instance noise σ = 0.2', \
    'perfect-discriminator.dat' index 5 using 1:2 with lines lw 1 dt 2 lc rgb '#000000' title 'ln 2', \
    'perfect-discriminator.dat' index 6 using 1:2 with lines lw 1 dt 2 lc rgb '#D55E00' title 'JS of the blurred pair (grid)'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'The data and D''s decision boundary'
set xlabel 'x₁'."\n".' '
set ylabel 'x₂'
set cblabel 'D(x)'
set cbtics (0, 0.5, 1)
set xtics 0.5
set ytics 0.5
set xrange [-1.3:1.3]
set yrange [-1:1.2]
set cbrange [0:1]
set size ratio -1
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
set contour base
unset surface
set cntrparam levels discrete 0.5
set table $contour0
splot 'perfect-discriminator.dat' index 7 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
plot 'perfect-discriminator.dat' index 7 using 1:2:3 with image notitle, \
    $contour0 with lines lw 1 lc rgb '#505050' notitle, \
    'perfect-discriminator.dat' index 8 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' title 'real', \
    'perfect-discriminator.dat' index 9 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' title 'generated'
unset multiplot
unset output
