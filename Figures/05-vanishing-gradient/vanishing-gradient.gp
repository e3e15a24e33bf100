# vanishing-gradient: re-render with `gnuplot vanishing-gradient.gp` in this folder (data in vanishing-gradient.dat).
set terminal pngcairo size 1300,900 enhanced font 'DejaVu Sans,19' linewidth 1.6
set output 'vanishing-gradient.png'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Generator gradient norm while D trains from scratch'."\n".'(solid: original cost ln(1 − D), dashed: non-saturating −ln D)'
set xlabel 'discriminator iterations'."\n".' '
set ylabel '‖∇_θ cost‖'
set xrange [0:3000]
set yrange [0.0005515057:199.3116]
set logscale y 10
set format y '10^{%L}'
set key below center horizontal opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'vanishing-gradient.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'ln(1 − D): early: offset 0.6', \
    'vanishing-gradient.dat' index 1 using 1:2 with lines lw 1.5 dt 2 lc rgb '#0072B2' title '−ln D: early: offset 0.6', \
    'vanishing-gradient.dat' index 2 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'ln(1 − D): middle: offset 0.4', \
    'vanishing-gradient.dat' index 3 using 1:2 with lines lw 1.5 dt 2 lc rgb '#D55E00' title '−ln D: middle: offset 0.4', \
    'vanishing-gradient.dat' index 4 using 1:2 with lines lw 2 dt 1 lc rgb '#009E73' title 'ln(1 − D): late: offset 0.2', \
    'vanishing-gradient.dat' index 5 using 1:2 with lines lw 1.5 dt 2 lc rgb '#009E73' title '−ln D: late: offset 0.2'
unset output
