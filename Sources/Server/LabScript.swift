/// The lab page's script: a WebSocket to its session, controls that send commands, frames drawn on canvases.
enum LabScript {
    /// The script's text (served as /lab.js; no library, nothing from the network).
    static let source = #"""
        "use strict";
        (() => {
        const params = new URLSearchParams(location.search);
        if (params.has("big")) document.documentElement.classList.add("big");
        const $ = (id) => document.getElementById(id);
        const REAL = "#D55E00", FAKE = "#0072B2", RUN = ["#0072B2", "#009E73"], NAMES = ["A", "B"];
        const LOW = [226, 236, 247], HIGH = [251, 224, 204];  // critic: low (looks generated) … high (looks real)
        let socket = null, state = null, framesSeen = 0, fps = 0, fpsStart = performance.now();
        let drawMode = false, drawn = [], lastIteration = [0, 0], errorTimer = 0;
        const history = [[], []];

        function send(message) { if (socket && socket.readyState === 1) socket.send(JSON.stringify(message)); }
        function status(text) { $("status").textContent = text; }
        function showError(text) {
          const box = $("error"); box.textContent = text; box.hidden = false;
          clearTimeout(errorTimer); errorTimer = setTimeout(() => { box.hidden = true; }, 6000);
        }

        function connect() {
          socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/lab/ws");
          socket.binaryType = "arraybuffer";
          socket.onopen = () => {
            status("connected");
            const preset = params.get("preset");
            send(preset ? { type: "preset", lesson: Number(preset) } : { type: "pause" });
          };
          socket.onmessage = (event) => {
            if (typeof event.data === "string") onMessage(JSON.parse(event.data)); else onFrames(event.data);
          };
          socket.onclose = () => status("disconnected: the server stopped or the page lost it; reload to start again");
        }

        function onMessage(message) {
          if (message.type === "error") { showError(message.message); return; }
          if (message.type !== "state") return;
          state = message;
          $("play").textContent = state.playing ? "❚❚ Pause" : "▶ Play";
          $("speed").value = String(state.speed);
          $("data").value = state.data;
          $("compare").checked = state.runs.length > 1;
          buildRuns();
        }

        function buildRuns() {
          const box = $("runs-controls"), views = $("views");
          while (box.children.length > state.runs.length) box.lastElementChild.remove();
          while (views.children.length > state.runs.length) views.lastElementChild.remove();
          state.runs.forEach((settings, index) => {
            if (!box.children[index]) {
              const fieldset = $("run-template").content.firstElementChild.cloneNode(true);
              fieldset.querySelector("legend").textContent = "run " + NAMES[index];
              fieldset.addEventListener("change", () => sendSettings(index));
              let timer = 0;
              fieldset.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => sendSettings(index), 120); });
              box.appendChild(fieldset);
              const view = $("view-template").content.firstElementChild.cloneNode(true);
              view.dataset.run = String(index);
              views.appendChild(view);
              if (index === 0) attachDrawing(view.querySelector("canvas"));
            }
            const fieldset = box.children[index];
            for (const field of fieldset.querySelectorAll("[name]")) {
              if (document.activeElement !== field) field.value = String(settings[field.name]);
            }
            views.children[index].querySelector(".title").textContent = "run " + NAMES[index] + ": " +
              fieldset.querySelector("[name=loss]").selectedOptions[0].textContent;
          });
        }

        function readSettings(index) {
          const settings = Object.assign({}, state.runs[index]);
          for (const field of $("runs-controls").children[index].querySelectorAll("[name]")) {
            settings[field.name] = field.type === "number" ? Number(field.value) : field.value;
          }
          settings.data = state.data;
          return settings;
        }
        function sendSettings(index) { if (state) send({ type: "settings", run: index, settings: readSettings(index) }); }

        $("play").onclick = () => send({ type: state && state.playing ? "pause" : "play" });
        $("step").onclick = () => send({ type: "step" });
        $("reset").onclick = () => { history[0] = []; history[1] = []; send({ type: "reset" }); };
        $("speed").onchange = () => send({ type: "speed", value: Number($("speed").value) });
        $("data").onchange = () => {
          if ($("data").value === "drawn") { startDrawing(); return; }
          if (state) { const s = readSettings(0); s.data = $("data").value; send({ type: "settings", run: 0, settings: s }); }
        };
        $("draw").onclick = startDrawing;
        $("compare").onchange = () => {
          if (!state) return;
          if (!$("compare").checked) { send({ type: "compare", settings: null }); return; }
          const other = readSettings(0);
          other.loss = other.loss === "wganPenalty" ? "nonSaturating" : "wganPenalty";
          history[0] = []; history[1] = [];
          send({ type: "compare", settings: other });
        };
        $("big-link").href = "/lab?" + (params.has("big") ? "" : "big") + (params.get("preset") ? "&preset=" + params.get("preset") : "");
        if (params.has("big")) $("big-link").textContent = "desk type";

        function startDrawing() {
          drawMode = true; drawn = [];
          document.body.classList.add("drawing");
          status("drawing: drag on the left picture, release to train on it");
        }
        function attachDrawing(canvas) {
          let down = false;
          const point = (event) => {
            const box = canvas.getBoundingClientRect(), radius = 2;
            return [((event.clientX - box.left) / box.width * 2 - 1) * radius, (1 - (event.clientY - box.top) / box.height * 2) * radius];
          };
          canvas.addEventListener("pointerdown", (event) => { if (drawMode) { down = true; drawn.push(point(event)); } });
          canvas.addEventListener("pointermove", (event) => {
            if (!drawMode || !down || drawn.length >= 2000) return;
            drawn.push(point(event));
            const context = canvas.getContext("2d"), [x, y] = drawn[drawn.length - 1];
            context.fillStyle = REAL; context.beginPath();
            context.arc((x / 2 + 1) / 2 * canvas.width, (1 - (y / 2 + 1) / 2) * canvas.height, 3, 0, 7); context.fill();
          });
          canvas.addEventListener("pointerup", () => {
            if (!drawMode || !down) return;
            down = false; drawMode = false; document.body.classList.remove("drawing");
            if (drawn.length) send({ type: "draw", points: drawn });
          });
        }

        function onFrames(buffer) {
          const u = new Uint32Array(buffer), f = new Float32Array(buffer);
          if (u[0] !== 0x4C414231) return;
          let o = 2;
          const views = $("views").children;
          for (let r = 0; r < u[1]; r++) {
            const n = u[o + 1], g = u[o + 2], m = u[o + 3];
            const frame = { iteration: u[o], n, g, m, covered: u[o + 4], modes: u[o + 5], probability: (u[o + 6] & 1) === 1,
              radius: f[o + 8], generatorLoss: f[o + 9], critic: f[o + 10], w1: f[o + 11], rate: f[o + 12] };
            o += 13;
            frame.real = f.subarray(o, o + 2 * n); o += 2 * n;
            frame.fake = f.subarray(o, o + 2 * n); o += 2 * n;
            frame.push = f.subarray(o, o + 2 * n); o += 2 * n;
            frame.heat = f.subarray(o, o + g * g); o += g * g;
            frame.manifold = f.subarray(o, o + 2 * m * m); o += 2 * m * m;
            if (frame.iteration < lastIteration[r]) history[r] = [];
            lastIteration[r] = frame.iteration;
            const h = history[r];
            if (!h.length || h[h.length - 1].iteration !== frame.iteration) {
              h.push({ iteration: frame.iteration, w1: frame.w1, g: frame.generatorLoss, c: frame.critic });
              if (h.length > 1500) history[r] = h.filter((_, i) => i % 2 === 0);
            }
            if (views[r]) drawView(views[r], frame);
          }
          send({ type: "drawn" });
          framesSeen++;
          const now = performance.now();
          if (now - fpsStart > 1000) { fps = framesSeen * 1000 / (now - fpsStart); framesSeen = 0; fpsStart = now; drawCharts(); }
          status((state && state.playing ? "training" : "paused") + " · " + fps.toFixed(0) + " frames/s");
        }

        const heatCanvas = document.createElement("canvas");
        function drawView(view, frame) {
          const canvas = view.querySelector("canvas"), context = canvas.getContext("2d");
          const W = canvas.width, H = canvas.height, R = frame.radius;
          const px = (x) => (x + R) / (2 * R) * W, py = (y) => H - (y + R) / (2 * R) * H;
          if (drawMode && view.dataset.run === "0") return;
          let low = 0, high = 1;
          if (!frame.probability) {
            low = Infinity; high = -Infinity;
            for (const v of frame.heat) { if (v < low) low = v; if (v > high) high = v; }
            if (!(high > low)) { low -= 1; high += 1; }
          }
          heatCanvas.width = frame.g; heatCanvas.height = frame.g;
          const hc = heatCanvas.getContext("2d"), image = hc.createImageData(frame.g, frame.g);
          for (let row = 0; row < frame.g; row++) for (let col = 0; col < frame.g; col++) {
            const t = Math.min(1, Math.max(0, (frame.heat[row * frame.g + col] - low) / (high - low)));
            const k = ((frame.g - 1 - row) * frame.g + col) * 4;
            for (let c = 0; c < 3; c++) image.data[k + c] = LOW[c] + t * (HIGH[c] - LOW[c]);
            image.data[k + 3] = 255;
          }
          hc.putImageData(image, 0, 0);
          context.imageSmoothingEnabled = true;
          context.drawImage(heatCanvas, 0, 0, W, H);
          if ($("manifold").checked) {
            context.strokeStyle = "rgba(0,114,178,0.35)"; context.lineWidth = 1;
            const m = frame.m, M = frame.manifold;
            for (let i = 0; i < m; i++) for (const across of [true, false]) {
              context.beginPath();
              for (let j = 0; j < m; j++) {
                const k = across ? i * m + j : j * m + i;
                if (j === 0) context.moveTo(px(M[2 * k]), py(M[2 * k + 1])); else context.lineTo(px(M[2 * k]), py(M[2 * k + 1]));
              }
              context.stroke();
            }
          }
          const dot = (points, colour) => {
            context.fillStyle = colour;
            for (let i = 0; i < points.length; i += 2) context.fillRect(px(points[i]) - 2, py(points[i + 1]) - 2, 4, 4);
          };
          dot(frame.real, REAL);
          dot(frame.fake, FAKE);
          if ($("arrows").checked) {
            let longest = 0;
            for (let i = 0; i < frame.push.length; i += 2) longest = Math.max(longest, Math.hypot(frame.push[i], frame.push[i + 1]));
            if (longest > 0) {
              const scale = 0.15 * R / longest;
              context.strokeStyle = "rgba(20,40,90,0.7)"; context.lineWidth = 1; context.beginPath();
              for (let i = 0; i < frame.fake.length; i += 2) {
                const x = frame.fake[i], y = frame.fake[i + 1];
                context.moveTo(px(x), py(y)); context.lineTo(px(x + scale * frame.push[i]), py(y + scale * frame.push[i + 1]));
              }
              context.stroke();
            }
          }
          view.querySelector(".iteration").textContent = String(frame.iteration);
          view.querySelector(".w1").textContent = Number.isFinite(frame.w1) ? frame.w1.toFixed(3) : "–";
          view.querySelector(".modes").textContent = frame.modes ? frame.covered + " of " + frame.modes : "–";
          view.querySelector(".rate").textContent = frame.rate.toFixed(0);
        }

        function drawChart(canvas, series) {
          const context = canvas.getContext("2d"), W = canvas.width, H = canvas.height, pad = 34;
          context.clearRect(0, 0, W, H);
          let xMax = 1, low = Infinity, high = -Infinity;
          for (const s of series) for (const p of s.points) {
            xMax = Math.max(xMax, p[0]);
            if (Number.isFinite(p[1])) { low = Math.min(low, p[1]); high = Math.max(high, p[1]); }
          }
          if (!(high > low)) { low = (Number.isFinite(low) ? low : 0) - 1; high = low + 2; }
          context.strokeStyle = "#d8d8dc"; context.strokeRect(pad, 4, W - pad - 4, H - pad);
          context.fillStyle = "#5f6368"; context.font = "11px system-ui";
          context.fillText(high.toPrecision(3), 2, 14); context.fillText(low.toPrecision(3), 2, H - pad);
          context.fillText("iteration " + xMax, W - 110, H - 8);
          for (const s of series) {
            context.strokeStyle = s.colour; context.setLineDash(s.dashed ? [5, 4] : []); context.beginPath();
            let started = false;
            for (const [x, y] of s.points) {
              if (!Number.isFinite(y)) continue;
              const X = pad + x / xMax * (W - pad - 4), Y = 4 + (1 - (y - low) / (high - low)) * (H - pad - 4);
              if (started) context.lineTo(X, Y); else { context.moveTo(X, Y); started = true; }
            }
            context.stroke();
          }
          context.setLineDash([]);
        }
        function drawCharts() {
          const runs = state ? state.runs.length : 1;
          drawChart($("chart-w1"), history.slice(0, runs).map((h, r) => ({ colour: RUN[r], points: h.map((p) => [p.iteration, p.w1]) })));
          drawChart($("chart-loss"), history.slice(0, runs).flatMap((h, r) => [
            { colour: RUN[r], points: h.map((p) => [p.iteration, p.g]) },
            { colour: RUN[r], dashed: true, points: h.map((p) => [p.iteration, p.c]) }]));
        }
        connect();
        })();
        """#
}
