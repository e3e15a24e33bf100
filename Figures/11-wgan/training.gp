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
set cntrparam levels discrete 0.01085355,0.01092563,0.0109977,0.01106978,0.01114186,0.01121394,0.01128601,0.01135809
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
set cntrparam levels discrete -17.56809,-16.04091,-14.51374,-12.98657,-11.4594,-9.932229,-8.405057,-6.877886
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
set cntrparam levels discrete -8.317106,-7.021289,-5.725473,-4.429657,-3.133841,-1.838025,-0.5422086,0.7536075
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
set cntrparam levels discrete 0.01027524,0.01037194,0.01046863,0.01056533,0.01066203,0.01075872,0.01085542,0.01095212
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
set cntrparam levels discrete -9.553736,-8.979672,-8.405608,-7.831544,-7.25748,-6.683415,-6.109351,-5.535287
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
set cntrparam levels discrete -32.28921,-27.52938,-22.76955,-18.00971,-13.24988,-8.490047,-3.730213,1.02962
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
set cntrparam levels discrete 0.0104617,0.01054377,0.01062585,0.01070793,0.01079,0.01087208,0.01095415,0.01103623
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
set cntrparam levels discrete -6.090509,-5.720325,-5.350142,-4.979959,-4.609775,-4.239592,-3.869409,-3.499225
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
set cntrparam levels discrete -29.24619,-19.53237,-9.818553,-0.1047346,9.609083,19.3229,29.03672,38.75054
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
set cntrparam levels discrete 0.01096181,0.01104229,0.01112276,0.01120323,0.0112837,0.01136418,0.01144465,0.01152512
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
set cntrparam levels discrete -5.330888,-4.974943,-4.618997,-4.263052,-3.907107,-3.551161,-3.195216,-2.839271
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
set cntrparam levels discrete -30.34577,-20.42758,-10.50938,-0.5911891,9.327006,19.2452,29.1634,39.08159
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
set cntrparam levels discrete 0.01091598,0.01098824,0.0110605,0.01113277,0.01120503,0.01127729,0.01134955,0.01142181
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
set cntrparam levels discrete -4.752384,-4.436472,-4.12056,-3.804648,-3.488736,-3.172824,-2.856912,-2.541
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
set cntrparam levels discrete -30.1331,-20.2336,-10.3341,-0.434594,9.464909,19.36441,29.26392,39.16342
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
set cntrparam levels discrete 0.01101169,0.01108557,0.01115945,0.01123333,0.01130721,0.01138109,0.01145497,0.01152885
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
set cntrparam levels discrete -4.074739,-3.82718,-3.579622,-3.332064,-3.084506,-2.836948,-2.58939,-2.341832
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
set cntrparam levels discrete -31.74161,-21.53423,-11.32684,-1.11946,9.087924,19.29531,29.50269,39.71007
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
set cntrparam levels discrete 0.01104445,0.01111821,0.01119198,0.01126574,0.0113395,0.01141327,0.01148703,0.0115608
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
set cntrparam levels discrete -4.019488,-3.788293,-3.557098,-3.325903,-3.094708,-2.863513,-2.632317,-2.401122
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
set cntrparam levels discrete -32.66141,-22.35208,-12.04274,-1.733414,8.575917,18.88525,29.19458,39.50391
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
set cntrparam levels discrete 0.01102006,0.0110997,0.01117933,0.01125897,0.0113386,0.01141824,0.01149787,0.01157751
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
set cntrparam levels discrete -4.115991,-3.865916,-3.61584,-3.365765,-3.11569,-2.865614,-2.615539,-2.365464
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
set cntrparam levels discrete -32.85109,-22.46612,-12.08114,-1.696167,8.688808,19.07378,29.45876,39.84373
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
set cntrparam levels discrete 0.0110176,0.01111173,0.01120586,0.01129999,0.01139412,0.01148825,0.01158238,0.01167651
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
set cntrparam levels discrete -4.064663,-3.822145,-3.579627,-3.337109,-3.094591,-2.852073,-2.609555,-2.367037
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
set cntrparam levels discrete -32.29975,-22.0491,-11.79845,-1.547806,8.702843,18.95349,29.20414,39.45479
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
set cntrparam levels discrete 0.01099408,0.01108361,0.01117314,0.01126268,0.01135221,0.01144174,0.01153127,0.0116208
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
set cntrparam levels discrete -3.796222,-3.583896,-3.371571,-3.159245,-2.946919,-2.734594,-2.522268,-2.309942
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
set cntrparam levels discrete -31.67807,-21.56483,-11.45159,-1.338354,8.774885,18.88813,29.00136,39.1146
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
