# training: re-render with `gnuplot training.gp` in this folder (data in training.dat).
set terminal gif animate delay 70 loop 0 size 1350,470 font 'DejaVuSans,11'
set output 'training.gif'
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 0'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -3.279166e-05,0.009668183,0.01936916,0.02907013,0.03877111,0.04847208,0.05817306,0.06787403
set table $contour0
splot 'training.dat' index 0 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 1 using 1:2:3:4:5 with rgbimage notitle, \
    $contour0 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 2 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 3 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 0'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.03754668,0.05457471,0.07160274,0.08863077,0.1056588,0.1226868,0.1397148,0.1567429
set table $contour1
splot 'training.dat' index 4 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 5 using 1:2:3:4:5 with rgbimage notitle, \
    $contour1 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 6 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 7 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 0'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -0.03393777,-0.02124687,-0.008555976,0.004134923,0.01682582,0.02951672,0.04220762,0.05489852
set table $contour2
splot 'training.dat' index 8 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 9 using 1:2:3:4:5 with rgbimage notitle, \
    $contour2 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 10 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 11 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01084377,0.01091704,0.0109903,0.01106357,0.01113683,0.0112101,0.01128336,0.01135662
set table $contour3
splot 'training.dat' index 12 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 13 using 1:2:3:4:5 with rgbimage notitle, \
    $contour3 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 14 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 15 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -17.66466,-16.16052,-14.65638,-13.15223,-11.64809,-10.14395,-8.639809,-7.135667
set table $contour4
splot 'training.dat' index 16 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 17 using 1:2:3:4:5 with rgbimage notitle, \
    $contour4 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 18 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 19 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -7.484821,0.9000605,9.284942,17.66982,26.0547,34.43959,42.82447,51.20935
set table $contour5
splot 'training.dat' index 20 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 21 using 1:2:3:4:5 with rgbimage notitle, \
    $contour5 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 22 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 23 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01051603,0.01060094,0.01068584,0.01077075,0.01085566,0.01094057,0.01102547,0.01111038
set table $contour6
splot 'training.dat' index 24 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 25 using 1:2:3:4:5 with rgbimage notitle, \
    $contour6 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 26 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 27 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -7.266424,-6.773514,-6.280603,-5.787693,-5.294782,-4.801872,-4.308961,-3.816051
set table $contour7
splot 'training.dat' index 28 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 29 using 1:2:3:4:5 with rgbimage notitle, \
    $contour7 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 30 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 31 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -21.21759,-14.02854,-6.839499,0.3495456,7.53859,14.72764,21.91668,29.10572
set table $contour8
splot 'training.dat' index 32 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 33 using 1:2:3:4:5 with rgbimage notitle, \
    $contour8 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 34 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 35 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 1200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.0105091,0.01061375,0.01071841,0.01082306,0.01092772,0.01103237,0.01113703,0.01124169
set table $contour9
splot 'training.dat' index 36 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 37 using 1:2:3:4:5 with rgbimage notitle, \
    $contour9 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 38 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 39 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 1200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -3.897714,-3.543072,-3.188429,-2.833787,-2.479144,-2.124502,-1.769859,-1.415216
set table $contour10
splot 'training.dat' index 40 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 41 using 1:2:3:4:5 with rgbimage notitle, \
    $contour10 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 42 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 43 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 1200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -24.40954,-10.86686,2.675827,16.21851,29.76119,43.30388,56.84656,70.38925
set table $contour11
splot 'training.dat' index 44 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 45 using 1:2:3:4:5 with rgbimage notitle, \
    $contour11 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 46 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 47 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 1600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01069623,0.01082074,0.01094525,0.01106976,0.01119427,0.01131878,0.01144329,0.0115678
set table $contour12
splot 'training.dat' index 48 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 49 using 1:2:3:4:5 with rgbimage notitle, \
    $contour12 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 50 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 51 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 1600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.749238,-2.400906,-2.052573,-1.704241,-1.355909,-1.007577,-0.6592444,-0.3109122
set table $contour13
splot 'training.dat' index 52 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 53 using 1:2:3:4:5 with rgbimage notitle, \
    $contour13 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 54 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 55 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 1600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -28.11764,-13.79318,0.5312754,14.85574,29.1802,43.50466,57.82912,72.15358
set table $contour14
splot 'training.dat' index 56 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 57 using 1:2:3:4:5 with rgbimage notitle, \
    $contour14 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 58 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 59 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 2000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01052969,0.0106471,0.01076452,0.01088193,0.01099935,0.01111677,0.01123418,0.0113516
set table $contour15
splot 'training.dat' index 60 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 61 using 1:2:3:4:5 with rgbimage notitle, \
    $contour15 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 62 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 63 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 2000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.299249,-2.019459,-1.739669,-1.459879,-1.180089,-0.9002989,-0.6205089,-0.3407188
set table $contour16
splot 'training.dat' index 64 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 65 using 1:2:3:4:5 with rgbimage notitle, \
    $contour16 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 66 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 67 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 2000'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -29.09633,-14.0709,0.9545364,15.97997,31.0054,46.03083,61.05627,76.0817
set table $contour17
splot 'training.dat' index 68 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 69 using 1:2:3:4:5 with rgbimage notitle, \
    $contour17 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 70 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 71 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 2400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01070625,0.0107958,0.01088535,0.0109749,0.01106445,0.011154,0.01124356,0.01133311
set table $contour18
splot 'training.dat' index 72 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 73 using 1:2:3:4:5 with rgbimage notitle, \
    $contour18 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 74 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 75 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 2400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.353557,-2.080205,-1.806854,-1.533503,-1.260151,-0.9867997,-0.7134482,-0.4400968
set table $contour19
splot 'training.dat' index 76 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 77 using 1:2:3:4:5 with rgbimage notitle, \
    $contour19 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 78 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 79 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 2400'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -30.87914,-15.67484,-0.4705455,14.73375,29.93805,45.14235,60.34665,75.55095
set table $contour20
splot 'training.dat' index 80 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 81 using 1:2:3:4:5 with rgbimage notitle, \
    $contour20 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 82 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 83 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 2800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01087247,0.01094678,0.0110211,0.01109541,0.01116973,0.01124404,0.01131836,0.01139267
set table $contour21
splot 'training.dat' index 84 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 85 using 1:2:3:4:5 with rgbimage notitle, \
    $contour21 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 86 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 87 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 2800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.041112,-1.843457,-1.645802,-1.448146,-1.250491,-1.052836,-0.8551805,-0.6575252
set table $contour22
splot 'training.dat' index 88 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 89 using 1:2:3:4:5 with rgbimage notitle, \
    $contour22 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 90 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 91 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 2800'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -26.51196,-11.27421,3.963544,19.2013,34.43905,49.67681,64.91456,80.15231
set table $contour23
splot 'training.dat' index 92 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 93 using 1:2:3:4:5 with rgbimage notitle, \
    $contour23 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 94 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 95 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 3200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01085839,0.01093858,0.01101877,0.01109896,0.01117915,0.01125934,0.01133953,0.01141972
set table $contour24
splot 'training.dat' index 96 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 97 using 1:2:3:4:5 with rgbimage notitle, \
    $contour24 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 98 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 99 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 3200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.464029,-2.20703,-1.950031,-1.693033,-1.436034,-1.179035,-0.9220365,-0.6650378
set table $contour25
splot 'training.dat' index 100 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 101 using 1:2:3:4:5 with rgbimage notitle, \
    $contour25 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 102 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 103 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 3200'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -24.81479,-9.75854,5.297714,20.35397,35.41022,50.46648,65.52273,80.57898
set table $contour26
splot 'training.dat' index 104 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 105 using 1:2:3:4:5 with rgbimage notitle, \
    $contour26 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 106 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 107 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · iteration 3600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01082063,0.01090094,0.01098126,0.01106157,0.01114189,0.0112222,0.01130252,0.01138283
set table $contour27
splot 'training.dat' index 108 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 109 using 1:2:3:4:5 with rgbimage notitle, \
    $contour27 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 110 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 111 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · iteration 3600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.161261,-1.963568,-1.765875,-1.568183,-1.37049,-1.172797,-0.9751047,-0.777412
set table $contour28
splot 'training.dat' index 112 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 113 using 1:2:3:4:5 with rgbimage notitle, \
    $contour28 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 114 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 115 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'GAN · iteration 3600'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -24.52206,-9.558952,5.40416,20.36727,35.33038,50.2935,65.25661,80.21972
set table $contour29
splot 'training.dat' index 116 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 117 using 1:2:3:4:5 with rgbimage notitle, \
    $contour29 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 118 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 119 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
set multiplot layout 1,3
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
set table $contour30
splot 'training.dat' index 120 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 121 using 1:2:3:4:5 with rgbimage notitle, \
    $contour30 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 122 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 123 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
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
set table $contour31
splot 'training.dat' index 124 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 125 using 1:2:3:4:5 with rgbimage notitle, \
    $contour31 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 126 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 127 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
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
set table $contour32
splot 'training.dat' index 128 using 1:2:3
unset table
unset contour
set surface
plot 'training.dat' index 129 using 1:2:3:4:5 with rgbimage notitle, \
    $contour32 with lines lw 1 lc rgb '#ffffff' notitle, \
    'training.dat' index 130 using 1:2 with points pt 7 ps 0.35 lc rgb '#ff8c00' notitle, \
    'training.dat' index 131 using 1:2 with points pt 7 ps 0.35 lc rgb '#ffffff' notitle
unset multiplot
unset output
