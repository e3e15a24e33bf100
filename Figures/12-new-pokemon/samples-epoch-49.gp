# samples-epoch-49: the picture is samples-epoch-49.png, pixel for pixel; `gnuplot -p samples-epoch-49.gp` in this folder shows it in a window.
set size ratio -1
unset border
unset tics
unset key
set margins 0, 0, 0, 0
plot 'samples-epoch-49.png' binary filetype=png with rgbimage
