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
set cntrparam levels discrete 0.0117389,0.01207397,0.01240904,0.01274411,0.01307918,0.01341425,0.01374932,0.01408439
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
set cntrparam levels discrete 0.01040706,0.01051231,0.01061755,0.0107228,0.01082805,0.01093329,0.01103854,0.01114379
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
set cntrparam levels discrete 0.01053915,0.01061623,0.01069331,0.01077038,0.01084746,0.01092454,0.01100161,0.01107869
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
set cntrparam levels discrete 0.0108529,0.0109472,0.01104149,0.01113579,0.01123009,0.01132438,0.01141868,0.01151297
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
set cntrparam levels discrete -1.939837,-0.7177768,0.5042833,1.726343,2.948403,4.170463,5.392524,6.614584
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
set cntrparam levels discrete -12.88663,-11.90732,-10.92801,-9.948699,-8.96939,-7.990081,-7.010772,-6.031463
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
set cntrparam levels discrete -3.061027,-2.760048,-2.45907,-2.158091,-1.857113,-1.556134,-1.255155,-0.9541769
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
set cntrparam levels discrete -2.717449,-2.535534,-2.35362,-2.171705,-1.98979,-1.807876,-1.625961,-1.444047
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
set cntrparam levels discrete -1.237818,1.841841,4.9215,8.001158,11.08082,14.16048,17.24013,20.31979
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
set cntrparam levels discrete -14.01742,-7.816214,-1.615007,4.586201,10.78741,16.98862,23.18982,29.39103
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
set cntrparam levels discrete -28.45489,-14.5437,-0.6325099,13.27868,27.18987,41.10106,55.01225,68.92344
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
set cntrparam levels discrete -37.69811,-18.04877,1.600563,21.2499,40.89923,60.54857,80.1979,99.84724
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
