/// The lab's page and stylesheet, shipped inside the binary (nothing from the network).
enum LabPage {
    /// The page: controls, one view per run, the charts. `lab.js` does the rest.
    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>GAN lab · GANLessons</title><link rel="stylesheet" href="/lab.css"></head>
        <body>
        <header><h1>GAN lab</h1>
        <nav><a href="/book/">the book</a> · <a id="big-link" href="/lab?big">projector type</a></nav>
        <p id="status" role="status">connecting…</p></header>
        <section id="controls" aria-label="controls">
          <div class="row">
            <button id="play" type="button">▶ Play</button>
            <button id="step" type="button">Step</button>
            <button id="reset" type="button">Reset</button>
            <label>speed <select id="speed">
              <option value="0" selected>as fast as it goes</option><option value="500">500 it/s</option>
              <option value="100">100 it/s</option><option value="20">20 it/s</option><option value="5">5 it/s</option>
            </select></label>
            <label>data <select id="data">
              <option value="8gaussians">8 Gaussians</option><option value="25gaussians">25 Gaussians</option>
              <option value="swissroll">swiss roll</option><option value="ring">ring</option>
              <option value="line">two 1-D Gaussians</option><option value="drawn">drawn…</option>
            </select></label>
            <button id="draw" type="button" title="Drag on the left picture to draw real data">Draw</button>
            <label><input id="compare" type="checkbox"> second run side by side</label>
            <label><input id="arrows" type="checkbox" checked> arrows</label>
            <label><input id="manifold" type="checkbox"> manifold</label>
          </div>
          <div id="runs-controls"></div>
        </section>
        <p id="error" role="alert" hidden></p>
        <section id="views" aria-label="training"></section>
        <section id="charts" aria-label="charts">
          <figure><canvas id="chart-w1" width="560" height="200"></canvas><figcaption>exact W1 between generated and real samples (128 each)</figcaption></figure>
          <figure><canvas id="chart-loss" width="560" height="200"></canvas><figcaption>generator loss (solid) and critic objective (dashed)</figcaption></figure>
        </section>
        <template id="run-template">
          <fieldset class="run"><legend></legend>
            <label>loss <select name="loss"><option value="minimax">GAN (minimax)</option>
              <option value="nonSaturating">GAN (non-saturating)</option><option value="wganClipping">WGAN (clipping)</option>
              <option value="wganPenalty">WGAN-GP</option></select></label>
            <label>optimizer <select name="optimizer"><option value="adam">Adam</option><option value="rmsprop">RMSProp</option>
              <option value="sgd">SGD</option></select></label>
            <label>lr G <input name="generatorLearningRate" type="number" min="0.000001" max="0.1" step="any"></label>
            <label>lr D <input name="criticLearningRate" type="number" min="0.000001" max="0.1" step="any"></label>
            <label>n_critic <input name="criticSteps" type="number" min="1" max="20" step="1"></label>
            <label>c <input name="clip" type="number" min="0.0001" max="1" step="any"></label>
            <label>λ <input name="penaltyWeight" type="number" min="0" max="100" step="any"></label>
            <label>width <input name="width" type="number" min="4" max="256" step="1"></label>
          </fieldset>
        </template>
        <template id="view-template">
          <figure class="view"><canvas width="480" height="480"></canvas>
            <figcaption><strong class="title"></strong> · iteration <span class="iteration">0</span>
            · W1 <span class="w1">–</span> · modes <span class="modes">–</span> · <span class="rate">0</span> it/s</figcaption></figure>
        </template>
        <script src="/lab.js"></script>
        </body></html>
        """

    /// The stylesheet: the book's type and colours; projector type under `.big`.
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d8d8dc; --paper: #fffdf8; --accent: #1f5fa8; --bad: #b3261e;
                font-size: 16px; }
        html.big { font-size: 24px; }
        body { margin: 0 auto; padding: 0.5rem 1rem; max-width: 1200px; background: var(--paper); color: var(--ink);
               font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
        html.big body { max-width: 96vw; }
        header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1rem; border-bottom: 1px solid var(--rule); }
        h1 { font-size: 1.4rem; margin: 0.3rem 0; }
        a { color: var(--accent); }
        #status { color: var(--muted); margin: 0; font-variant-numeric: tabular-nums; }
        .row { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; margin: 0.5rem 0; }
        button, select, input { font: inherit; }
        button { padding: 0.2rem 0.8rem; }
        #runs-controls { display: flex; flex-wrap: wrap; gap: 0.6rem; }
        fieldset.run { border: 1px solid var(--rule); border-radius: 6px; display: flex; flex-wrap: wrap; gap: 0.5rem; }
        fieldset.run input[type=number] { width: 6.5em; }
        #error { color: var(--bad); font-weight: 600; }
        #views, #charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0.5rem 0; }
        .view { max-width: min(480px, 46vw); }
        canvas { border: 1px solid var(--rule); background: #fff; max-width: 100%; }
        .view canvas { width: min(480px, 46vw); height: auto; touch-action: none; }
        html.big .view canvas { width: min(46vw, 80vh); }
        figcaption { color: var(--muted); font-variant-numeric: tabular-nums; }
        .drawing canvas { cursor: crosshair; outline: 3px solid #D55E00; }
        """
}
