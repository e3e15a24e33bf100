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
set cntrparam levels discrete -3.278587e-05,0.009668187,0.01936916,0.02907013,0.03877111,0.04847208,0.05817305,0.06787403
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
set cntrparam levels discrete 0.03754667,0.0545747,0.07160273,0.08863076,0.1056588,0.1226868,0.1397148,0.1567429
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
set cntrparam levels discrete -0.03393778,-0.02124688,-0.008555976,0.004134925,0.01682583,0.02951673,0.04220763,0.05489853
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
set cntrparam levels discrete 0.01083713,0.01091101,0.01098489,0.01105877,0.01113265,0.01120653,0.0112804,0.01135428
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
set cntrparam levels discrete -17.66411,-16.16023,-14.65636,-13.15249,-11.64861,-10.14474,-8.640862,-7.136987
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
set cntrparam levels discrete -7.14536,1.807256,10.75987,19.71249,28.66511,37.61772,46.57034,55.52295
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
set cntrparam levels discrete 0.01019558,0.01029051,0.01038544,0.01048037,0.0105753,0.01067023,0.01076516,0.0108601
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
set cntrparam levels discrete -7.353327,-6.851795,-6.350262,-5.84873,-5.347197,-4.845665,-4.344133,-3.8426
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
set cntrparam levels discrete -21.80198,-14.84737,-7.892754,-0.938139,6.016476,12.97109,19.9257,26.88032
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
set cntrparam levels discrete 0.01040477,0.0104817,0.01055863,0.01063555,0.01071248,0.0107894,0.01086633,0.01094325
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
set cntrparam levels discrete -3.854462,-3.508003,-3.161545,-2.815086,-2.468627,-2.122169,-1.77571,-1.429251
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
set cntrparam levels discrete -28.87225,-17.49085,-6.109444,5.271961,16.65337,28.03477,39.41618,50.79758
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
set cntrparam levels discrete 0.01062679,0.01071042,0.01079406,0.01087769,0.01096132,0.01104495,0.01112859,0.01121222
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
set cntrparam levels discrete -3.238597,-2.888153,-2.537708,-2.187263,-1.836819,-1.486374,-1.13593,-0.785485
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
set cntrparam levels discrete -31.99041,-16.45555,-0.9206823,14.61418,30.14905,45.68392,61.21878,76.75365
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
set cntrparam levels discrete 0.01096482,0.01103727,0.01110971,0.01118216,0.0112546,0.01132705,0.01139949,0.01147194
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
set cntrparam levels discrete -2.700872,-2.422197,-2.143521,-1.864846,-1.58617,-1.307495,-1.028819,-0.7501437
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
set cntrparam levels discrete -33.83888,-17.14119,-0.4435069,16.25418,32.95187,49.64955,66.34724,83.04493
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
set cntrparam levels discrete 0.01111184,0.01120273,0.01129363,0.01138452,0.01147541,0.01156631,0.0116572,0.01174809
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
set cntrparam levels discrete -2.831007,-2.560946,-2.290885,-2.020824,-1.750763,-1.480703,-1.210642,-0.940581
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
set cntrparam levels discrete -33.91937,-16.00167,1.916026,19.83372,37.75142,55.66912,73.58682,91.50452
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
set cntrparam levels discrete 0.01090328,0.01098663,0.01106998,0.01115333,0.01123668,0.01132003,0.01140338,0.01148673
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
set cntrparam levels discrete -2.628793,-2.428312,-2.22783,-2.027349,-1.826867,-1.626386,-1.425904,-1.225423
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
set cntrparam levels discrete -35.10074,-16.59511,1.910517,20.41615,38.92178,57.42741,75.93304,94.43867
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
set cntrparam levels discrete 0.01084172,0.01093505,0.01102838,0.01112171,0.01121504,0.01130837,0.0114017,0.01149503
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
set cntrparam levels discrete -2.96448,-2.723349,-2.482218,-2.241087,-1.999956,-1.758825,-1.517693,-1.276562
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
set cntrparam levels discrete -36.34838,-17.17249,2.003403,21.17929,40.35518,59.53107,78.70696,97.88285
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
set cntrparam levels discrete 0.0107909,0.01088603,0.01098116,0.01107629,0.01117142,0.01126655,0.01136168,0.01145682
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
set cntrparam levels discrete -2.936695,-2.731566,-2.526438,-2.32131,-2.116182,-1.911054,-1.705926,-1.500797
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
set cntrparam levels discrete -37.19033,-17.85029,1.489744,20.82978,40.16982,59.50985,78.84989,98.18992
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
set cntrparam levels discrete 0.0108529,0.0109472,0.01104149,0.01113579,0.01123009,0.01132438,0.01141868,0.01151297
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
set cntrparam levels discrete -2.717449,-2.535534,-2.35362,-2.171705,-1.98979,-1.807876,-1.625961,-1.444047
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
set cntrparam levels discrete -37.69811,-18.04877,1.600563,21.2499,40.89923,60.54857,80.1979,99.84724
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
