# loss-is-js: re-render with `gnuplot loss-is-js.gp` in this folder (data in loss-is-js.dat).
set terminal pngcairo size 1200,700 enhanced font 'DejaVu Sans,17' linewidth 1.5
set output 'loss-is-js.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'The GAN loss against the best discriminator'
set xlabel 'μ of p_g = N(μ, 1)  (p_r = N(0, 1))'."\n".' '
set ylabel 'value'
set label 'minimum −2 ln 2 ≈ −1.386 at μ = 0, where p_g = p_r' at 0,-1.45 center front tc rgb '#000000'
set yrange [-1.5:-0.2]
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
# not in the key: the minimum's marker, labelled beside it
plot 'loss-is-js.dat' index 0 using 1:2 with lines lw 2.5 dt 1 lc rgb '#0072B2' title '2·JS(p_r‖p_g) − 2 ln 2 (grid)', \
    'loss-is-js.dat' index 1 using 1:2 with points pt 7 ps 1.2 lc rgb '#009E73' title 'L(G, D*) by Monte Carlo', \
    'loss-is-js.dat' index 2 using 1:2 with lines lw 1.5 dt 2 lc rgb '#000000' title '−2 ln 2, the minimum', \
    'loss-is-js.dat' index 3 using 1:2 with points pt 7 ps 2.5 lc rgb '#000000' notitle
unset output
