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
set cntrparam levels discrete -0.01127029,-0.01093896,-0.01060763,-0.0102763,-0.009944972,-0.009613642,-0.009282312,-0.008950982
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
set cntrparam levels discrete 0.009401199,0.009842251,0.0102833,0.01072436,0.01116541,0.01160646,0.01204751,0.01248856
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
set cntrparam levels discrete 0.007161459,0.007748495,0.00833553,0.008922566,0.009509601,0.01009664,0.01068367,0.01127071
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
set cntrparam levels discrete -17.82367,-16.63823,-15.45279,-14.26735,-13.08191,-11.89647,-10.71103,-9.525584
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
set cntrparam levels discrete -8.992071,-8.012434,-7.032797,-6.05316,-5.073523,-4.093886,-3.114248,-2.134611
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
set cntrparam levels discrete -11.9951,-10.80555,-9.616006,-8.426459,-7.236912,-6.047364,-4.857817,-3.66827
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
