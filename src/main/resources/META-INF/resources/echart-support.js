// Support for the EChart component: waits for ECharts, turns named render functions (which
// JSON cannot carry) into functions, and keeps one chart instance per element.
window.probationCharts = window.probationCharts || {
  renderers: {
    // A vertical error bar: data items are [x, low, high].
    errorBar: function (params, api) {
      const x = api.value(0), low = api.coord([x, api.value(1)]), high = api.coord([x, api.value(2)]);
      const half = Math.max(3, api.size([1, 0])[0] * 0.15);
      const style = { stroke: api.visual('color') || '#333', lineWidth: 1.5 };
      return { type: 'group', children: [
        { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
        { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style: style },
        { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style: style }
      ] };
    },
    // A horizontal error bar: data items are [low, high, y].
    errorBarHorizontal: function (params, api) {
      const y = api.value(2), low = api.coord([api.value(0), y]), high = api.coord([api.value(1), y]);
      const half = Math.max(3, api.size([0, 1])[1] * 0.15);
      const style = { stroke: '#333', lineWidth: 1.5 };
      return { type: 'group', children: [
        { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
        { type: 'line', shape: { x1: low[0], y1: low[1] - half, x2: low[0], y2: low[1] + half }, style: style },
        { type: 'line', shape: { x1: high[0], y1: high[1] - half, x2: high[0], y2: high[1] + half }, style: style }
      ] };
    },
    // A vertical error bar on one bar of a group: data items are [x, low, high, bar index, bars per group].
    // The bar series must set barGap '20%', barCategoryGap '25%' and barMaxWidth 32, as laid out here.
    groupedErrorBar: function (params, api) {
      const x = api.value(0), low = api.coord([x, api.value(1)]), high = api.coord([x, api.value(2)]);
      const layout = api.barLayout({ count: api.value(4), barGap: '20%', barCategoryGap: '25%', barMaxWidth: 32 });
      const bar = layout ? layout[api.value(3)] : { offsetCenter: 0, width: api.size([1, 0])[0] * 0.5 };
      const cx = low[0] + bar.offsetCenter, half = Math.max(2, bar.width * 0.25);
      const style = { stroke: api.visual('color') || '#333', lineWidth: 1.5 };
      return { type: 'group', children: [
        { type: 'line', shape: { x1: cx, y1: low[1], x2: cx, y2: high[1] }, style: style },
        { type: 'line', shape: { x1: cx - half, y1: low[1], x2: cx + half, y2: low[1] }, style: style },
        { type: 'line', shape: { x1: cx - half, y1: high[1], x2: cx + half, y2: high[1] }, style: style }
      ] };
    }
  },
  render: function (el, json, onClick) {
    const go = () => {
      if (!window.echarts) { setTimeout(go, 50); return; }
      const option = JSON.parse(json);
      // ECharts' aria module would replace the element's label with one generated from the data (series
      // types in Chinese for custom series, NaN for gaps); the chart's own description is used instead
      if (option.aria && option.aria.enabled && el.getAttribute('aria-label')) {
        option.aria.label = Object.assign({}, option.aria.label, { description: el.getAttribute('aria-label') });
      }
      (option.series || []).forEach(s => {
        if (typeof s.renderItem === 'string') { s.renderItem = this.renderers[s.renderItem]; }
      });
      let chart = echarts.getInstanceByDom(el);
      if (!chart) {
        chart = echarts.init(el, null, { renderer: 'canvas' });
        new ResizeObserver(() => chart.resize()).observe(el);
        chart.on('click', p => el.dispatchEvent(new CustomEvent('chart-click',
            { detail: { name: String(p.name || ''), seriesName: String(p.seriesName || ''),
                        value: JSON.stringify(p.value === undefined ? null : p.value),
                        id: String((p.data && p.data.id) || '') } })));
      }
      chart.setOption(option, true);
      el.setAttribute('data-rendered', 'true');
    };
    go();
  },
  // the chart as a PNG data URL, with a title (lines: what is compared, α, the data's date) drawn above it
  // so that the picture says what it shows when pasted on its own; null when the chart is not drawn
  // (not rendered yet, or hidden)
  dataUrl: function (el, title) {
    const chart = window.echarts && echarts.getInstanceByDom(el);
    if (!chart || !el.offsetWidth || !el.offsetHeight) { return Promise.resolve(null); }
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!title) { return Promise.resolve(url); }
    return new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => {
        const lines = title.split('\n');
        const top = 24, step = 40;
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height + top + lines.length * step;
        const g = canvas.getContext('2d');
        g.fillStyle = '#fff'; g.fillRect(0, 0, canvas.width, canvas.height);
        g.fillStyle = '#222';
        lines.forEach((line, i) => {
          g.font = (i === 0 ? 'bold 30px' : '24px') + ' sans-serif';
          g.fillText(line, 32, top + 30 + i * step, canvas.width - 64);
        });
        g.drawImage(img, 0, top + lines.length * step);
        resolve(canvas.toDataURL('image/png'));
      };
      img.onerror = () => reject(new Error('the chart could not be drawn as a picture'));
      img.src = url;
    });
  },
  // the chart as a PNG file named after the view and its state, titled as dataUrl says
  png: function (el, name, title) {
    return this.dataUrl(el, title).then(href => {
      if (!href) { return; }
      const a = document.createElement('a');
      a.href = href;
      a.download = name + '.png';
      document.body.appendChild(a); a.click(); a.remove();
      el.setAttribute('data-png-title', title || '');
    });
  }
};
