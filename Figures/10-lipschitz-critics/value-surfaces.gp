# value-surfaces: re-render with `gnuplot value-surfaces.gp` in this folder (data in value-surfaces.dat).
set terminal pngcairo size 1350,900 enhanced font 'DejaVu Sans,11' linewidth 1.2
set output 'value-surfaces.png'
set multiplot layout 2,3
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · 8 Gaussians'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -0.01169155,-0.01136019,-0.01102883,-0.01069748,-0.01036612,-0.01003477,-0.009703412,-0.009372056
set table $contour0
splot 'value-surfaces.dat' index 0 using 1:2:3
unset table
unset contour
set surface
plot 'value-surfaces.dat' index 0 using 1:2:3 with image notitle, \
    $contour0 with lines lw 1 lc rgb '#ffffff' notitle, \
    'value-surfaces.dat' index 1 using 1:2 with points pt 7 ps 0.3 lc rgb '#ff8c00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · 25 Gaussians'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.009156796,0.00959781,0.01003882,0.01047984,0.01092085,0.01136186,0.01180288,0.01224389
set table $contour1
splot 'value-surfaces.dat' index 2 using 1:2:3
unset table
unset contour
set surface
plot 'value-surfaces.dat' index 2 using 1:2:3 with image notitle, \
    $contour1 with lines lw 1 lc rgb '#ffffff' notitle, \
    'value-surfaces.dat' index 3 using 1:2 with points pt 7 ps 0.3 lc rgb '#ff8c00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN (clipping) · swiss roll'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete 0.006765307,0.007361813,0.007958319,0.008554825,0.009151331,0.009747837,0.01034434,0.01094085
set table $contour2
splot 'value-surfaces.dat' index 4 using 1:2:3
unset table
unset contour
set surface
plot 'value-surfaces.dat' index 4 using 1:2:3 with image notitle, \
    $contour2 with lines lw 1 lc rgb '#ffffff' notitle, \
    'value-surfaces.dat' index 5 using 1:2 with points pt 7 ps 0.3 lc rgb '#ff8c00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · 8 Gaussians'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -17.56896,-16.39374,-15.21853,-14.04331,-12.86809,-11.69288,-10.51766,-9.342445
set table $contour3
splot 'value-surfaces.dat' index 6 using 1:2:3
unset table
unset contour
set surface
plot 'value-surfaces.dat' index 6 using 1:2:3 with image notitle, \
    $contour3 with lines lw 1 lc rgb '#ffffff' notitle, \
    'value-surfaces.dat' index 7 using 1:2 with points pt 7 ps 0.3 lc rgb '#ff8c00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · 25 Gaussians'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -8.108902,-7.148859,-6.188815,-5.228771,-4.268728,-3.308684,-2.34864,-1.388597
set table $contour4
splot 'value-surfaces.dat' index 8 using 1:2:3
unset table
unset contour
set surface
plot 'value-surfaces.dat' index 8 using 1:2:3 with image notitle, \
    $contour4 with lines lw 1 lc rgb '#ffffff' notitle, \
    'value-surfaces.dat' index 9 using 1:2 with points pt 7 ps 0.3 lc rgb '#ff8c00' notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'WGAN-GP · swiss roll'
set xrange [-2:2]
set yrange [-2:2]
set size ratio -1
unset key
set contour base
unset surface
set cntrparam levels discrete -11.99168,-10.7957,-9.59973,-8.403758,-7.207785,-6.011812,-4.815839,-3.619866
set table $contour5
splot 'value-surfaces.dat' index 10 using 1:2:3
unset table
unset contour
set surface
plot 'value-surfaces.dat' index 10 using 1:2:3 with image notitle, \
    $contour5 with lines lw 1 lc rgb '#ffffff' notitle, \
    'value-surfaces.dat' index 11 using 1:2 with points pt 7 ps 0.3 lc rgb '#ff8c00' notitle
unset multiplot
unset output
