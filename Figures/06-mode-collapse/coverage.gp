# coverage: re-render with `gnuplot coverage.gp` in this folder (data in coverage.dat).
set terminal pngcairo size 1600,760 enhanced font 'DejaVu Sans,23' linewidth 2
set output 'coverage.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Modes covered'
set xlabel 'generator iterations'."\n".' '
set ylabel 'modes (of 8)'
set yrange [0:10]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'coverage.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'GAN', \
    'coverage.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'WGAN-GP'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Exact W1(generated, real)'
set xlabel 'generator iterations'."\n".' '
set ylabel 'W1'
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'coverage.dat' index 2 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'GAN', \
    'coverage.dat' index 3 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'WGAN-GP'
unset multiplot
unset output
