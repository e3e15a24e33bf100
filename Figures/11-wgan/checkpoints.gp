# checkpoints: re-render with `gnuplot checkpoints.gp` in this folder (data in checkpoints.dat).
set terminal pngcairo size 1800,1750 enhanced font 'DejaVu Sans,26' linewidth 2.2
set output 'checkpoints.png'
set multiplot layout 3,3 title 'Critic values (grey: low to high, contours), real points orange, generated points blue' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 200'
set cblabel 'critic f(x)'
set cbtics (0.0114, 0.0128, 0.0141)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01142258:0.01413276]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01174288,0.01207765,0.01241242,0.01274718,0.01308195,0.01341672,0.01375148,0.01408625
set table $contour0
splot 'checkpoints.dat' index 0 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 0 using 1:2:3 with image notitle, \
    $contour0 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 1 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 2 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · iteration 1400'
set cblabel 'critic f(x)'
set cbtics (0.0108, 0.011, 0.0112)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0.01082962:0.01118292]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.01057469,0.0106509,0.01072712,0.01080333,0.01087955,0.01095577,0.01103198,0.0111082
set table $contour1
splot 'checkpoints.dat' index 3 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 3 using 1:2:3 with image notitle, \
    $contour1 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 4 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 5 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
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
set table $contour2
splot 'checkpoints.dat' index 6 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 6 using 1:2:3 with image notitle, \
    $contour2 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 7 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 8 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 200'
set cblabel 'critic f(x)'
set cbtics (-2.08, 1.26, 4.6)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-2.078433:4.604409]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.918929,-0.6926061,0.5337172,1.76004,2.986364,4.212687,5.43901,6.665334
set table $contour3
splot 'checkpoints.dat' index 9 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 9 using 1:2:3 with image notitle, \
    $contour3 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 10 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 11 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · iteration 1400'
set cblabel 'critic f(x)'
set cbtics (-1.61, -1.03, -0.461)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-1.608393:-0.460993]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -2.880861,-2.578378,-2.275894,-1.973411,-1.670927,-1.368444,-1.06596,-0.7634765
set table $contour4
splot 'checkpoints.dat' index 12 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 12 using 1:2:3 with image notitle, \
    $contour4 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 13 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 14 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
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
set table $contour5
splot 'checkpoints.dat' index 15 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 15 using 1:2:3 with image notitle, \
    $contour5 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 16 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 17 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 200'
set cblabel 'D''s logit'
set cbtics (-2.32, 5.75, 13.8)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-2.321064:13.83105]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -1.110773,2.066641,5.244054,8.421468,11.59888,14.77629,17.95371,21.13112
set table $contour6
splot 'checkpoints.dat' index 18 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 18 using 1:2:3 with image notitle, \
    $contour6 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 19 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 20 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'GAN · iteration 1400'
set cblabel 'D''s logit'
set cbtics (-9.74, 16.8, 43.3)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [-9.742864:43.27342]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -29.76222,-20.14351,-10.52481,-0.9061,8.712607,18.33131,27.95002,37.56873
set table $contour7
splot 'checkpoints.dat' index 21 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 21 using 1:2:3 with image notitle, \
    $contour7 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 22 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 23 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
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
set table $contour8
splot 'checkpoints.dat' index 24 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real points: the figure's title names their colour
# not in the key: generated points: the figure's title names their colour
plot 'checkpoints.dat' index 24 using 1:2:3 with image notitle, \
    $contour8 with lines lw 1 lc rgb '#505050' notitle, \
    'checkpoints.dat' index 25 using 1:2 with points pt 7 ps 0.6 lc rgb '#E69F00' notitle, \
    'checkpoints.dat' index 26 using 1:2 with points pt 7 ps 0.6 lc rgb '#0072B2' notitle
unset multiplot
unset output
