# value-surfaces: re-render with `gnuplot value-surfaces.gp` in this folder (data in value-surfaces.dat).
set terminal pngcairo size 1800,1200 enhanced font 'DejaVu Sans,26' linewidth 2.2
set output 'value-surfaces.png'
set multiplot layout 2,3 title 'Critic values (grey: low to high, contours) and the real data (orange)' font ',31'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · 8 Gaussians'
set cblabel 'critic f(x)'
set cbtics (-0.012, -0.0105, -0.00904)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -0.01169169,-0.01136033,-0.01102897,-0.01069762,-0.01036626,-0.0100349,-0.009703543,-0.009372185
set table $contour0
splot 'value-surfaces.dat' index 0 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real data: the figure's title names their colour
plot 'value-surfaces.dat' index 0 using 1:2:3 with image notitle, \
    $contour0 with lines lw 1 lc rgb '#505050' notitle, \
    'value-surfaces.dat' index 1 using 1:2 with points pt 7 ps 0.5 lc rgb '#E69F00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · 25 Gaussians'
set cblabel 'critic f(x)'
set cbtics (0.00872, 0.0107, 0.0127)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.009158458,0.009599481,0.0100405,0.01048153,0.01092255,0.01136357,0.0118046,0.01224562
set table $contour1
splot 'value-surfaces.dat' index 2 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real data: the figure's title names their colour
plot 'value-surfaces.dat' index 2 using 1:2:3 with image notitle, \
    $contour1 with lines lw 1 lc rgb '#505050' notitle, \
    'value-surfaces.dat' index 3 using 1:2 with points pt 7 ps 0.5 lc rgb '#E69F00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN (clipping) · swiss roll'
set cblabel 'critic f(x)'
set cbtics (0.00617, 0.00885, 0.0115)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.006765103,0.007361604,0.007958105,0.008554606,0.009151107,0.009747608,0.01034411,0.01094061
set table $contour2
splot 'value-surfaces.dat' index 4 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real data: the figure's title names their colour
plot 'value-surfaces.dat' index 4 using 1:2:3 with image notitle, \
    $contour2 with lines lw 1 lc rgb '#505050' notitle, \
    'value-surfaces.dat' index 5 using 1:2 with points pt 7 ps 0.5 lc rgb '#E69F00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · 8 Gaussians'
set cblabel 'critic f(x)'
set cbtics (-18.1, -12.8, -7.41)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -16.93075,-15.74076,-14.55076,-13.36077,-12.17078,-10.98078,-9.790787,-8.600792
set table $contour3
splot 'value-surfaces.dat' index 6 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real data: the figure's title names their colour
plot 'value-surfaces.dat' index 6 using 1:2:3 with image notitle, \
    $contour3 with lines lw 1 lc rgb '#505050' notitle, \
    'value-surfaces.dat' index 7 using 1:2 with points pt 7 ps 0.5 lc rgb '#E69F00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · 25 Gaussians'
set cblabel 'critic f(x)'
set cbtics (-8.41, -3.98, 0.448)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -7.427898,-6.443384,-5.458871,-4.474358,-3.489845,-2.505332,-1.520818,-0.5363052
set table $contour4
splot 'value-surfaces.dat' index 8 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real data: the figure's title names their colour
plot 'value-surfaces.dat' index 8 using 1:2:3 with image notitle, \
    $contour4 with lines lw 1 lc rgb '#505050' notitle, \
    'value-surfaces.dat' index 9 using 1:2 with points pt 7 ps 0.5 lc rgb '#E69F00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#ffffff', 1 '#e4e4e4', 2 '#c4c4c4', 3 '#a0a0a0', 4 '#7c7c7c')
set title 'WGAN-GP · swiss roll'
set cblabel 'critic f(x)'
set cbtics (-13.2, -7.88, -2.52)
set xtics 1
set ytics 1
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -12.0471,-10.85578,-9.66447,-8.473156,-7.281842,-6.090528,-4.899215,-3.707901
set table $contour5
splot 'value-surfaces.dat' index 10 using 1:2:3
unset table
unset contour
set surface
# not in the key: the colour map: its colour bar is labelled
# not in the key: contour lines of the colour map
# not in the key: real data: the figure's title names their colour
plot 'value-surfaces.dat' index 10 using 1:2:3 with image notitle, \
    $contour5 with lines lw 1 lc rgb '#505050' notitle, \
    'value-surfaces.dat' index 11 using 1:2 with points pt 7 ps 0.5 lc rgb '#E69F00' notitle
unset multiplot
unset output
