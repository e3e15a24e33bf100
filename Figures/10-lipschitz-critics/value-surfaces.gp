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
set cntrparam levels discrete -0.01169134,-0.01135995,-0.01102857,-0.01069718,-0.0103658,-0.01003442,-0.00970303,-0.009371646
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
set cntrparam levels discrete 0.009158469,0.009599489,0.01004051,0.01048153,0.01092255,0.01136356,0.01180458,0.0122456
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
set cntrparam levels discrete 0.006763891,0.007360436,0.007956982,0.008553528,0.009150074,0.00974662,0.01034317,0.01093971
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
set cntrparam levels discrete -17.64788,-16.4615,-15.27513,-14.08875,-12.90238,-11.71601,-10.52963,-9.343257
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
set cntrparam levels discrete -7.798105,-6.819047,-5.839989,-4.860931,-3.881872,-2.902814,-1.923756,-0.9446978
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
set cntrparam levels discrete -12.04803,-10.85516,-9.662289,-8.469418,-7.276548,-6.083677,-4.890807,-3.697937
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
