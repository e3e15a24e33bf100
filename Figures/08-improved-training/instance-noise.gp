# instance-noise: re-render with `gnuplot instance-noise.gp` in this folder (data in instance-noise.dat).
set terminal pngcairo size 1300,480 enhanced font 'DejaVu Sans,19' linewidth 1.6
set output 'instance-noise.png'
set multiplot layout 1,2
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'JS estimate ½(L + ln 4)'
set xlabel 'discriminator step'
set ylabel 'nats'
set yrange [0:0.9]
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'instance-noise.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'no noise', \
    'instance-noise.dat' index 1 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'noise annealed from σ = 0.3', \
    'instance-noise.dat' index 2 using 1:2 with lines lw 1 dt 2 lc rgb '#000000' title 'ln 2'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'Generator gradient ‖∇_θ E ln(1 − D(G_θ(z)))‖'
set xlabel 'discriminator step'
set ylabel 'norm'
set logscale y 10
set format y '10^{%L}'
set key top right opaque box lc rgb '#c0c0c0' samplen 2 width 1
plot 'instance-noise.dat' index 3 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' title 'no noise', \
    'instance-noise.dat' index 4 using 1:2 with lines lw 2 dt 1 lc rgb '#D55E00' title 'annealed noise'
unset multiplot
unset output
