# last-beside-real: the picture is last-beside-real.png, pixel for pixel; `gnuplot -p last-beside-real.gp` in this folder shows it in a window.
set size ratio -1
unset border
unset tics
unset key
set margins 0, 0, 0, 0
plot 'last-beside-real.png' binary filetype=png with rgbimage
