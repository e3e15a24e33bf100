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
set cntrparam levels discrete 0.01164978,0.01199219,0.0123346,0.01267701,0.01301942,0.01336183,0.01370425,0.01404666
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
set cntrparam levels discrete 0.01047621,0.01058152,0.01068683,0.01079214,0.01089745,0.01100277,0.01110808,0.01121339
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
set cntrparam levels discrete 0.01043762,0.01051589,0.01059417,0.01067244,0.01075072,0.01082899,0.01090726,0.01098554
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
set cntrparam levels discrete 0.01099408,0.01108361,0.01117314,0.01126268,0.01135221,0.01144174,0.01153127,0.0116208
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
set cntrparam levels discrete -1.990517,-0.7893398,0.4118373,1.613014,2.814191,4.015368,5.216545,6.417722
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
set cntrparam levels discrete -13.51017,-12.53057,-11.55097,-10.57138,-9.59178,-8.612182,-7.632585,-6.652988
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
set cntrparam levels discrete -6.129966,-5.738928,-5.347889,-4.956851,-4.565812,-4.174774,-3.783735,-3.392696
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
set cntrparam levels discrete -3.796222,-3.583896,-3.371571,-3.159245,-2.946919,-2.734594,-2.522268,-2.309942
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
set cntrparam levels discrete -1.140574,2.022465,5.185504,8.348543,11.51158,14.67462,17.83766,21.0007
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
set cntrparam levels discrete -25.78784,-22.02645,-18.26506,-14.50367,-10.74227,-6.980883,-3.219492,0.5418985
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
set cntrparam levels discrete -30.52724,-20.60185,-10.67647,-0.7510838,9.174302,19.09969,29.02507,38.95046
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
set cntrparam levels discrete -31.67807,-21.56483,-11.45159,-1.338354,8.774885,18.88813,29.00136,39.1146
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
