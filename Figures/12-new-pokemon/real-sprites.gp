# real-sprites: the picture is real-sprites.png, pixel for pixel; `gnuplot -p real-sprites.gp` in this folder shows it in a window.
set size ratio -1
unset border
unset tics
unset key
set margins 0, 0, 0, 0
plot 'real-sprites.png' binary filetype=png with rgbimage
