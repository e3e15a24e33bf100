# checkpoints: re-render with `gnuplot checkpoints.gp` in this folder (data in checkpoints.dat).
set terminal pngcairo size 1600,1150 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'checkpoints.png'
set multiplot layout 3,4
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01171756,0.0120552,0.01239284,0.01273049,0.01306813,0.01340577,0.01374341,0.01408106
set table $contour0
splot 'checkpoints.dat' index 0 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 0 using 1:2:3 with image notitle, \
    $contour0 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 1 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 2 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01059482,0.01069185,0.01078887,0.0108859,0.01098292,0.01107995,0.01117697,0.011274
set table $contour1
splot 'checkpoints.dat' index 3 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 3 using 1:2:3 with image notitle, \
    $contour1 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 4 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 5 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 1400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.0105244,0.01064151,0.01075862,0.01087573,0.01099284,0.01110995,0.01122706,0.01134417
set table $contour2
splot 'checkpoints.dat' index 6 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 6 using 1:2:3 with image notitle, \
    $contour2 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 7 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 8 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 4000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01089354,0.0109758,0.01105806,0.01114032,0.01122258,0.01130484,0.0113871,0.01146936
set table $contour3
splot 'checkpoints.dat' index 9 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 9 using 1:2:3 with image notitle, \
    $contour3 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 10 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 11 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.94075,-0.7191883,0.5023739,1.723936,2.945498,4.16706,5.388622,6.610184
set table $contour4
splot 'checkpoints.dat' index 12 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 12 using 1:2:3 with image notitle, \
    $contour4 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 13 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 14 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -12.89595,-11.91709,-10.93823,-9.959369,-8.980508,-8.001647,-7.022785,-6.043924
set table $contour5
splot 'checkpoints.dat' index 15 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 15 using 1:2:3 with image notitle, \
    $contour5 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 16 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 17 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 1400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.89829,-2.595682,-2.293073,-1.990465,-1.687856,-1.385248,-1.082639,-0.780031
set table $contour6
splot 'checkpoints.dat' index 18 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 18 using 1:2:3 with image notitle, \
    $contour6 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 19 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 20 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 4000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.002774,-1.821137,-1.6395,-1.457863,-1.276226,-1.094589,-0.9129518,-0.7313147
set table $contour7
splot 'checkpoints.dat' index 21 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 21 using 1:2:3 with image notitle, \
    $contour7 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 22 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 23 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.109829,2.049002,5.207832,8.366663,11.52549,14.68432,17.84315,21.00199
set table $contour8
splot 'checkpoints.dat' index 24 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 24 using 1:2:3 with image notitle, \
    $contour8 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 25 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 26 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -13.58772,-8.456116,-3.324509,1.807099,6.938707,12.07031,17.20192,22.33353
set table $contour9
splot 'checkpoints.dat' index 27 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 27 using 1:2:3 with image notitle, \
    $contour9 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 28 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 29 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 1400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -26.34515,-12.53123,1.282679,15.09659,28.9105,42.72442,56.53833,70.35224
set table $contour10
splot 'checkpoints.dat' index 30 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 30 using 1:2:3 with image notitle, \
    $contour10 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 31 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 32 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 4000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -24.27092,-9.444761,5.381396,20.20755,35.03371,49.85987,64.68603,79.51218
set table $contour11
splot 'checkpoints.dat' index 33 using 1:2:3
unset table
unset contour
set surface
plot 'checkpoints.dat' index 33 using 1:2:3 with image notitle, \
    $contour11 with lines lw 1 lc rgb '#ffffff' notitle, \
    'checkpoints.dat' index 34 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'checkpoints.dat' index 35 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
unset output
