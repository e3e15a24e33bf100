# training: re-render with `gnuplot training.gp` in this folder (data in training.dat).
set terminal gif animate delay 70 loop 0 size 1800,720 font 'DejaVuSans,26'
set output 'training.gif'
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 0'
set cblabel 'critic f(x)'
set cbtics (-0.005, 0.0315, 0.0679)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-0.005001638:0.0679267]
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
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 1 using 1:2:3:4:5 with rgbimage notitle, \
    $contour0 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 2 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 3 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 0'
set cblabel 'critic f(x)'
set cbtics (0.0282, 0.0966, 0.165)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.02821262:0.1649966]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.03754669,0.05457472,0.07160275,0.08863078,0.1056588,0.1226868,0.1397149,0.1567429
set table $contour1
splot 'training.dat' index 4 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 5 using 1:2:3:4:5 with rgbimage notitle, \
    $contour1 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 6 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 7 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 0'
set cblabel 'D''s logit'
set cbtics (-0.0256, 0.00691, 0.0394)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-0.025602:0.03941293]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -0.03393778,-0.02124688,-0.008555981,0.004134919,0.01682582,0.02951672,0.04220762,0.05489852
set table $contour2
splot 'training.dat' index 8 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 9 using 1:2:3:4:5 with rgbimage notitle, \
    $contour2 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 10 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 11 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 400'
set cblabel 'critic f(x)'
set cbtics (0.0109, 0.0112, 0.0115)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01088829:0.01145598]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01086224,0.01093646,0.01101067,0.01108489,0.01115911,0.01123333,0.01130755,0.01138176
set table $contour3
splot 'training.dat' index 12 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 13 using 1:2:3:4:5 with rgbimage notitle, \
    $contour3 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 14 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 15 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 400'
set cblabel 'critic f(x)'
set cbtics (-8.77, -7.15, -5.52)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-8.769684:-5.523284]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -17.48083,-15.98614,-14.49144,-12.99675,-11.50206,-10.00736,-8.51267,-7.017977
set table $contour4
splot 'training.dat' index 16 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 17 using 1:2:3:4:5 with rgbimage notitle, \
    $contour4 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 18 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 19 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 400'
set cblabel 'D''s logit'
set cbtics (-2.65, -0.287, 2.07)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-2.646729:2.071738]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -8.368998,-7.063906,-5.758814,-4.453722,-3.14863,-1.843538,-0.5384457,0.7666464
set table $contour5
splot 'training.dat' index 20 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 21 using 1:2:3:4:5 with rgbimage notitle, \
    $contour5 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 22 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 23 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 800'
set cblabel 'critic f(x)'
set cbtics (0.0105, 0.0107, 0.011)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.0104548:0.01097711]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01020314,0.01029988,0.01039663,0.01049338,0.01059012,0.01068687,0.01078361,0.01088036
set table $contour6
splot 'training.dat' index 24 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 25 using 1:2:3:4:5 with rgbimage notitle, \
    $contour6 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 26 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 27 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 800'
set cblabel 'critic f(x)'
set cbtics (-5.25, -4.3, -3.34)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-5.2535:-3.339818]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -7.343284,-6.842851,-6.342417,-5.841984,-5.341551,-4.841118,-4.340684,-3.840251
set table $contour7
splot 'training.dat' index 28 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 29 using 1:2:3:4:5 with rgbimage notitle, \
    $contour7 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 30 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 31 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 800'
set cblabel 'D''s logit'
set cbtics (-9.17, -1.8, 5.57)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-9.16699:5.569488]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -33.29912,-28.44054,-23.58197,-18.72339,-13.86482,-9.00624,-4.147664,0.7109116
set table $contour8
splot 'training.dat' index 32 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 33 using 1:2:3:4:5 with rgbimage notitle, \
    $contour8 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 34 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 35 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 1200'
set cblabel 'critic f(x)'
set cbtics (0.0107, 0.0108, 0.011)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01066721:0.01100698]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01039933,0.01047529,0.01055124,0.0106272,0.01070315,0.01077911,0.01085507,0.01093102
set table $contour9
splot 'training.dat' index 36 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 37 using 1:2:3:4:5 with rgbimage notitle, \
    $contour9 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 38 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 39 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 1200'
set cblabel 'critic f(x)'
set cbtics (-2.49, -1.74, -0.986)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-2.493967:-0.9855416]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -3.791511,-3.440765,-3.090019,-2.739273,-2.388527,-2.03778,-1.687034,-1.336288
set table $contour10
splot 'training.dat' index 40 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 41 using 1:2:3:4:5 with rgbimage notitle, \
    $contour10 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 42 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 43 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 1200'
set cblabel 'D''s logit'
set cbtics (-9.88, 16.5, 42.8)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-9.883088:42.81713]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -29.31829,-19.83798,-10.35766,-0.8773473,8.602968,18.08328,27.5636,37.04391
set table $contour11
splot 'training.dat' index 44 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 45 using 1:2:3:4:5 with rgbimage notitle, \
    $contour11 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 46 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 47 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 1600'
set cblabel 'critic f(x)'
set cbtics (0.0111, 0.0114, 0.0116)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01109096:0.01162855]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01089607,0.01098763,0.01107919,0.01117075,0.01126231,0.01135387,0.01144543,0.01153699
set table $contour12
splot 'training.dat' index 48 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 49 using 1:2:3:4:5 with rgbimage notitle, \
    $contour12 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 50 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 51 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 1600'
set cblabel 'critic f(x)'
set cbtics (-1.56, -0.792, -0.0257)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-1.558618:-0.02567293]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.731117,-2.392936,-2.054756,-1.716575,-1.378395,-1.040214,-0.7020338,-0.3638534
set table $contour13
splot 'training.dat' index 52 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 53 using 1:2:3:4:5 with rgbimage notitle, \
    $contour13 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 54 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 55 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 1600'
set cblabel 'D''s logit'
set cbtics (-9.8, 16.9, 43.6)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-9.7954:43.5547]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -29.21019,-19.63671,-10.06324,-0.4897614,9.083714,18.65719,28.23066,37.80414
set table $contour14
splot 'training.dat' index 56 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 57 using 1:2:3:4:5 with rgbimage notitle, \
    $contour14 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 58 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 59 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 2000'
set cblabel 'critic f(x)'
set cbtics (0.0113, 0.0115, 0.0116)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01128828:0.01163768]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01106652,0.01113791,0.01120931,0.0112807,0.0113521,0.01142349,0.01149489,0.01156628
set table $contour15
splot 'training.dat' index 60 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 61 using 1:2:3:4:5 with rgbimage notitle, \
    $contour15 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 62 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 63 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 2000'
set cblabel 'critic f(x)'
set cbtics (-1.44, -0.762, -0.0871)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-1.43663:-0.08714171]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.331283,-2.050766,-1.770248,-1.48973,-1.209213,-0.9286949,-0.6481771,-0.3676594
set table $contour16
splot 'training.dat' index 64 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 65 using 1:2:3:4:5 with rgbimage notitle, \
    $contour16 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 66 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 67 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 2000'
set cblabel 'D''s logit'
set cbtics (-10.7, 16.9, 44.5)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-10.67632:44.48782]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -30.72765,-20.831,-10.93436,-1.037713,8.858933,18.75558,28.65222,38.54887
set table $contour17
splot 'training.dat' index 68 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 69 using 1:2:3:4:5 with rgbimage notitle, \
    $contour17 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 70 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 71 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 2400'
set cblabel 'critic f(x)'
set cbtics (0.0112, 0.0114, 0.0116)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01122765:0.01159016]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01099257,0.01106727,0.01114197,0.01121667,0.01129137,0.01136606,0.01144076,0.01151546
set table $contour18
splot 'training.dat' index 72 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 73 using 1:2:3:4:5 with rgbimage notitle, \
    $contour18 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 74 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 75 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 2400'
set cblabel 'critic f(x)'
set cbtics (-1.07, -0.503, 0.0656)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-1.071265:0.06560276]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.234894,-1.947332,-1.65977,-1.372208,-1.084646,-0.7970837,-0.5095216,-0.2219594
set table $contour19
splot 'training.dat' index 76 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 77 using 1:2:3:4:5 with rgbimage notitle, \
    $contour19 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 78 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 79 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 2400'
set cblabel 'D''s logit'
set cbtics (-11, 16.8, 44.6)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-11.0074:44.63994]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -31.7484,-21.69886,-11.64932,-1.599784,8.449756,18.4993,28.54884,38.59838
set table $contour20
splot 'training.dat' index 80 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 81 using 1:2:3:4:5 with rgbimage notitle, \
    $contour20 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 82 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 83 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 2800'
set cblabel 'critic f(x)'
set cbtics (0.0113, 0.0115, 0.0117)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01128474:0.01165019]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01104564,0.01112158,0.01119752,0.01127347,0.01134941,0.01142535,0.01150129,0.01157723
set table $contour21
splot 'training.dat' index 84 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 85 using 1:2:3:4:5 with rgbimage notitle, \
    $contour21 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 86 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 87 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 2800'
set cblabel 'critic f(x)'
set cbtics (-1.02, -0.539, -0.0617)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-1.015662:-0.0616788]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.784316,-1.568986,-1.353657,-1.138327,-0.9229974,-0.7076678,-0.4923381,-0.2770085
set table $contour22
splot 'training.dat' index 88 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 89 using 1:2:3:4:5 with rgbimage notitle, \
    $contour22 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 90 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 91 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 2800'
set cblabel 'D''s logit'
set cbtics (-10.7, 16.9, 44.4)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-10.69205:44.42182]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -31.64103,-21.61587,-11.59071,-1.565555,8.459602,18.48476,28.50992,38.53507
set table $contour23
splot 'training.dat' index 92 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 93 using 1:2:3:4:5 with rgbimage notitle, \
    $contour23 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 94 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 95 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 3200'
set cblabel 'critic f(x)'
set cbtics (0.0113, 0.0115, 0.0117)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01130184:0.0117491]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01110466,0.0111901,0.01127554,0.01136098,0.01144643,0.01153187,0.01161731,0.01170275
set table $contour24
splot 'training.dat' index 96 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 97 using 1:2:3:4:5 with rgbimage notitle, \
    $contour24 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 98 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 99 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 3200'
set cblabel 'critic f(x)'
set cbtics (-1.01, -0.459, 0.0951)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-1.012667:0.09510669]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.861217,-1.616677,-1.372136,-1.127596,-0.8830552,-0.6385147,-0.3939742,-0.1494338
set table $contour25
splot 'training.dat' index 100 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 101 using 1:2:3:4:5 with rgbimage notitle, \
    $contour25 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 102 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 103 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 3200'
set cblabel 'D''s logit'
set cbtics (-10.5, 17.1, 44.6)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-10.46896:44.58521]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -30.81511,-20.85176,-10.8884,-0.925048,9.038306,19.00166,28.96501,38.92837
set table $contour26
splot 'training.dat' index 104 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 105 using 1:2:3:4:5 with rgbimage notitle, \
    $contour26 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 106 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 107 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 3600'
set cblabel 'critic f(x)'
set cbtics (0.0113, 0.0114, 0.0116)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01125759:0.01163365]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01105447,0.01112686,0.01119926,0.01127166,0.01134406,0.01141646,0.01148885,0.01156125
set table $contour27
splot 'training.dat' index 108 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 109 using 1:2:3:4:5 with rgbimage notitle, \
    $contour27 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 110 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 111 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 3600'
set cblabel 'critic f(x)'
set cbtics (-0.871, -0.481, -0.0904)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-0.8708898:-0.0903563]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.678311,-1.479816,-1.281322,-1.082828,-0.8843335,-0.6858392,-0.4873449,-0.2888506
set table $contour28
splot 'training.dat' index 112 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 113 using 1:2:3:4:5 with rgbimage notitle, \
    $contour28 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 114 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 115 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 3600'
set cblabel 'D''s logit'
set cbtics (-10.9, 16.8, 44.4)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-10.87421:44.39872]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -31.13767,-21.14664,-11.1556,-1.164565,8.826472,18.81751,28.80855,38.79958
set table $contour29
splot 'training.dat' index 116 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 117 using 1:2:3:4:5 with rgbimage notitle, \
    $contour29 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 118 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 119 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
set multiplot layout 1,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 4000'
set cblabel 'critic f(x)'
set cbtics (0.0113, 0.0115, 0.0116)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01126476:0.01164212]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01100544,0.01108502,0.01116461,0.01124419,0.01132378,0.01140336,0.01148295,0.01156253
set table $contour30
splot 'training.dat' index 120 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 121 using 1:2:3:4:5 with rgbimage notitle, \
    $contour30 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 122 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 123 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 4000'
set cblabel 'critic f(x)'
set cbtics (-0.795, -0.463, -0.131)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-0.7946817:-0.1307086]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.542744,-1.36624,-1.189735,-1.013231,-0.8367263,-0.6602219,-0.4837175,-0.307213
set table $contour31
splot 'training.dat' index 124 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 125 using 1:2:3:4:5 with rgbimage notitle, \
    $contour31 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 126 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 127 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 4000'
set cblabel 'D''s logit'
set cbtics (-10.5, 17, 44.4)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-10.45482:44.43531]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -31.41045,-21.3836,-11.35676,-1.329919,8.696924,18.72377,28.75061,38.77745
set table $contour32
splot 'training.dat' index 128 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'training.dat' index 129 using 1:2:3:4:5 with rgbimage notitle, \
    $contour32 with lines lw 1 lc rgb '#505050' notitle, \
    'training.dat' index 130 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'training.dat' index 131 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
unset output
