# training: re-render with `gnuplot training.gp` in this folder (data in training.dat).
set terminal gif animate delay 25 loop 0 size 420,440 font 'DejaVuSans,14'
set output 'training.gif'
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 1 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 0 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 38 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 1 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 76 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 2 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 114 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 3 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 152 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 4 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 190 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 5 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 228 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 6 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 266 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 7 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 304 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 8 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 342 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 9 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 380 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 10 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 418 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 11 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 456 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 12 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 494 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 13 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 532 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 14 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 570 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 15 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 608 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 16 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 608 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 17 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 608 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 18 using 1:2:3:4:5 with rgbimage notitle
reset
set datafile missing '?'
set grid lc rgb '#e0e0e0' lw 1
set border lc rgb '#404040'
set palette defined (0 '#440154', 1 '#3b528b', 2 '#21918c', 3 '#5ec962', 4 '#fde725')
set title 'iteration 608 of 613'
unset border
unset tics
unset grid
set autoscale fix
set size ratio -1
unset key
# not in the key: a picture: the title says what it shows
plot 'training.dat' index 19 using 1:2:3:4:5 with rgbimage notitle
unset output
