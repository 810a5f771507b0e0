// chart-coder evidence viewer. The token lives in one variable of this closure: never in the URL,
// storage, cookies or the DOM. Chart text is untrusted input and only ever reaches the page as text
// nodes (textContent), never as markup.
(function () {
  'use strict';

  const TRAIT_CLASSES = { NEGATION: 'negated', PERTAINS_TO_FAMILY: 'family', HISTORICAL: 'historical', HYPOTHETICAL: 'hypothetical' };
  const PAGE = 100;
  let token = null;
  let batchesToken = null;
  let chartsToken = null;

  const $ = (id) => document.getElementById(id);

  function status(message, isError) {
    $('status').textContent = message;
    $('status').classList.toggle('error', Boolean(isError));
  }

  async function api(path) {
    const response = await fetch(path, {
      headers: { Authorization: 'Bearer ' + token },
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer'
    });
    const body = await response.json();
    if (response.status === 401) {
      token = null;
      throw new Error('The token was refused: paste it again.');
    }
    if (response.status >= 400) {
      throw new Error(body.message || ('HTTP ' + response.status));
    }
    return { status: response.status, body: body };
  }

  function option(select, value, label) {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    select.appendChild(element);
  }

  async function loadBatches() {
    const page = await api('/api/batches?limit=' + PAGE + (batchesToken ? '&nextToken=' + encodeURIComponent(batchesToken) : ''));
    page.body.batches.forEach((batch) => option($('batch'), batch.batchId, batch.batchId));
    batchesToken = page.body.nextToken || null;
    $('more-batches').hidden = !batchesToken;
    $('batch').disabled = false;
  }

  async function loadCharts() {
    const batchId = $('batch').value;
    const page = await api('/api/batches/' + encodeURIComponent(batchId) + '?limit=' + PAGE
        + (chartsToken ? '&nextToken=' + encodeURIComponent(chartsToken) : ''));
    page.body.charts.forEach((chart) => option($('chart'), chart.chartId, chart.chartId + ' (' + chart.status + ')'));
    chartsToken = page.body.nextToken || null;
    $('more-charts').hidden = !chartsToken;
    $('chart').disabled = false;
    status('Batch ' + batchId + ': ' + page.body.coded + ' coded, ' + page.body.queued + ' queued, '
        + page.body.failed + ' failed, ' + page.body.deadLettered + ' dead-lettered of ' + page.body.total + '.');
  }

  async function chooseBatch() {
    $('chart').replaceChildren();
    chartsToken = null;
    option($('chart'), '', 'choose a chart');
    await loadCharts();
  }

  async function chooseChart() {
    const chartId = $('chart').value;
    $('text').replaceChildren();
    $('codes').replaceChildren();
    $('chart-meta').textContent = '';
    if (!chartId) {
      return;
    }
    const id = encodeURIComponent(chartId);
    const [record, text] = await Promise.all([api('/api/charts/' + id), api('/api/charts/' + id + '/text')]);
    if (record.status !== 200 || !Array.isArray(record.body.codes)) {
      $('text').textContent = text.body.text;
      status('Chart ' + chartId + ' is ' + (record.body.status || 'not coded') + (record.body.reason ? ': ' + record.body.reason : '') + '.');
      return;
    }
    renderText(text.body.text, record.body.entities);
    renderCodes(record.body.codes, record.body.entities);
    $('chart-meta').textContent = record.body.modelVersion + ', ' + record.body.codeSetVersion;
    status('Chart ' + chartId + ': ' + record.body.entities.length + ' mentions, ' + record.body.codes.length + ' codes.');
  }

  function traitClasses(entity) {
    return entity.traits.map((trait) => TRAIT_CLASSES[trait.name]).filter(Boolean);
  }

  // Cuts the text at every mention boundary, so overlapping mentions each keep their own highlight.
  function renderText(text, entities) {
    const cuts = new Set([0, text.length]);
    entities.forEach((entity) => { cuts.add(entity.beginOffset); cuts.add(entity.endOffset); });
    const points = Array.from(cuts).filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
    const container = $('text');
    container.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const begin = points[i];
      const end = points[i + 1];
      const covering = entities.filter((entity) => entity.beginOffset <= begin && entity.endOffset >= end);
      if (covering.length === 0) {
        container.appendChild(document.createTextNode(text.slice(begin, end)));
        continue;
      }
      const mark = document.createElement('mark');
      mark.className = 'mention';
      covering.forEach((entity) => traitClasses(entity).forEach((name) => mark.classList.add(name)));
      mark.dataset.entities = covering.map((entity) => entity.id).join(' ');
      mark.title = covering.map((entity) => entity.text + ' [' + entity.traits.map((t) => t.name).join(', ') + '] '
          + entity.icd10cmConcepts.slice(0, 3).map((c) => c.code).join(' ')).join('; ');
      mark.textContent = text.slice(begin, end);
      container.appendChild(mark);
    }
  }

  function renderCodes(codes, entities) {
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    codes.forEach((code) => {
      const item = document.createElement('li');
      item.dataset.code = code.code;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-button';
      const codeText = document.createElement('span');
      codeText.className = 'code';
      codeText.textContent = code.code;
      const description = document.createElement('span');
      description.className = 'description';
      description.textContent = ' ' + code.description + ' ';
      const score = document.createElement('span');
      score.className = 'score';
      score.textContent = code.score.toFixed(3);
      button.append(codeText, description, score);
      button.addEventListener('click', () => select(item, code.entityIds));
      const support = document.createElement('div');
      support.className = 'support';
      // a code at the list's end may name only denied mentions ("no chest pain"): say so rather than "supported by"
      const denied = code.entityIds.length > 0 && code.entityIds.every((id) => byId.has(id)
          && byId.get(id).traits.some((trait) => trait.name === 'NEGATION'));
      support.textContent = (denied ? 'denied in the chart: ' : 'supported by: ')
          + code.entityIds.map((id) => byId.has(id) ? '"' + byId.get(id).text + '"' : '#' + id).join(', ');
      item.append(button, support);
      $('codes').appendChild(item);
    });
  }

  function select(item, entityIds) {
    document.querySelectorAll('#codes li.chosen').forEach((chosen) => chosen.classList.remove('chosen'));
    item.classList.add('chosen');
    const wanted = new Set(entityIds.map(String));
    let first = null;
    document.querySelectorAll('#text mark.mention').forEach((mark) => {
      const supports = mark.dataset.entities.split(' ').some((id) => wanted.has(id));
      mark.classList.toggle('selected', supports);
      if (supports && !first) {
        first = mark;
      }
    });
    if (first) {
      first.scrollIntoView({ block: 'center' });
    }
  }

  function guarded(action) {
    return () => action().catch((error) => status(error.message, true));
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (location.protocol !== 'https:') {
      status('The viewer works over HTTPS only: the token and chart text never travel in clear.', true);
      $('connect').disabled = true;
      return;
    }
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      token = $('token').value.trim();
      // the field is emptied so that the token is kept in this closure only, not in the page
      $('token').value = '';
      $('batch').replaceChildren();
      batchesToken = null;
      option($('batch'), '', 'choose a batch');
      guarded(loadBatches)().then(() => { if (token) { status('Connected: choose a batch.'); } });
    });
    $('batch').addEventListener('change', guarded(chooseBatch));
    $('more-batches').addEventListener('click', guarded(loadBatches));
    $('more-charts').addEventListener('click', guarded(loadCharts));
    $('chart').addEventListener('change', guarded(chooseChart));
  });
}());
