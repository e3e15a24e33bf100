# interpolations: the picture is interpolations.png, pixel for pixel; `gnuplot -p interpolations.gp` in this folder shows it in a window.
set size ratio -1
unset border
unset tics
unset key
set margins 0, 0, 0, 0
plot 'interpolations.png' binary filetype=png with rgbimage
