# gaussian-fits: re-render with `gnuplot gaussian-fits.gp` in this folder (data in gaussian-fits.dat).
set terminal pngcairo size 1200,820 enhanced font 'DejaVu Sans,17' linewidth 1.5
set output 'gaussian-fits.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Fitting N(μ, σ²) to ½N(−2, 0.5²) + ½N(2, 0.5²)'."\n".'JS(p‖q) lies on reverse KL(q‖p), JS, wide start lies on forward KL(p‖q): 2 curves show 4 fits'
set xlabel 'x'."\n".' '
set ylabel 'density'
set xrange [-5:5]
set yrange [0:0.9]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'gaussian-fits.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.35 noborder lc rgb '#999999' title 'p (two modes)', \
    'gaussian-fits.dat' index 1 using 1:2 with lines lw 5 dt 1 lc rgb '#0072B2' title 'forward KL(p‖q): μ = 0.00, σ = 2.06', \
    'gaussian-fits.dat' index 2 using 1:2 with lines lw 5 dt 1 lc rgb '#D55E00' title 'reverse KL(q‖p): μ = 2.00, σ = 0.50', \
    'gaussian-fits.dat' index 3 using 1:2 with lines lw 2.5 dt 2 lc rgb '#009E73' title 'JS(p‖q): μ = 2.00, σ = 0.50 (on reverse KL(q‖p))', \
    'gaussian-fits.dat' index 4 using 1:2 with lines lw 2.5 dt 2 lc rgb '#CC79A7' title 'JS, wide start: μ = 0.00, σ = 2.04 (on forward KL(p‖q))'
unset output
