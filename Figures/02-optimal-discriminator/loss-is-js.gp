# loss-is-js: re-render with `gnuplot loss-is-js.gp` in this folder (data in loss-is-js.dat).
set terminal pngcairo size 860,500 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'loss-is-js.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'The GAN loss against the best discriminator'
set xlabel 'μ of p_g = N(μ, 1)  (p_r = N(0, 1))'
set ylabel 'value'
set key top left opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'loss-is-js.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title '2·JS(p_r‖p_g) − 2 ln 2 (grid)', \
    'loss-is-js.dat' index 1 using 1:2 with points pt 7 ps 0.8 lc rgb '#D55E00' title 'L(G, D*) by Monte Carlo'
unset output
