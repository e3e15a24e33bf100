# nearest-training: the picture is nearest-training.png, pixel for pixel; `gnuplot -p nearest-training.gp` in this folder shows it in a window.
set size ratio -1
unset border
unset tics
unset key
set margins 0, 0, 0, 0
plot 'nearest-training.png' binary filetype=png with rgbimage
