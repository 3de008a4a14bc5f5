/*
 * Test LMS page script. Playwright sets window.__scormInit before the page loads:
 *   { launch: 'pkg/index.html?module=…', version?: '1.2' | '2004', cmi?: { … } }
 *   (cmi as scorm-again's loadFromJSON takes it; version 1.2 by default)
 * SCORM 1.2: scorm-again's Scorm12API as window.API. SCORM 2004: its Scorm2004API as
 * window.API_1484_11. It exposes window.lms = { api, log, snapshot } so the test can read every
 * call the SCO made:
 *   log.calls   every LMS call: [name, element?, value?] in order (the version's own names)
 *   log.commits the data-model values at each commit
 */
(function () {
  var init = window.__scormInit || {};
  var v2004 = init.version === '2004';
  var api = v2004 ? new window.Scorm2004API({ logLevel: 5, autocommit: false }) : new window.Scorm12API({ logLevel: 5, autocommit: false });
  if (init.cmi) api.loadFromJSON(init.cmi);
  var log = { calls: [], commits: [] };
  // Exit and session time are write-only to the SCO (scorm-again enforces it even for the LMS
  // page), so the harness remembers the values the SCO set.
  var written = { exit: '', session_time: '' };
  // The LMS side reads interactions as JSON (SCORM 1.2 makes them write-only to the SCO).
  function interactions() {
    return JSON.parse(JSON.stringify(api.cmi.interactions.childArray));
  }
  function snapshot() {
    if (v2004) {
      return {
        suspend_data: api.cmi.suspend_data,
        completion_status: api.cmi.completion_status,
        success_status: api.cmi.success_status,
        location: api.cmi.location,
        exit: written.exit,
        score_scaled: api.cmi.score.scaled,
        score_raw: api.cmi.score.raw,
        score_min: api.cmi.score.min,
        score_max: api.cmi.score.max,
        session_time: written.session_time,
        interactions: interactions(),
      };
    }
    var core = api.cmi.core;
    return {
      suspend_data: api.cmi.suspend_data,
      lesson_status: core.lesson_status,
      lesson_location: core.lesson_location,
      exit: written.exit,
      score_raw: core.score.raw,
      score_min: core.score.min,
      score_max: core.score.max,
      session_time: written.session_time,
      interactions: interactions(),
    };
  }
  var names = v2004 ? ['Initialize', 'Terminate', 'Commit'] : ['LMSInitialize', 'LMSFinish', 'LMSCommit'];
  names.forEach(function (name) {
    api.on(name, function () {
      log.calls.push([name]);
      if (name === names[2]) log.commits.push(snapshot());
    });
  });
  var setter = v2004 ? 'SetValue' : 'LMSSetValue';
  function record(element, value) {
    log.calls.push([setter, element, String(value)]);
    if (element === 'cmi.core.exit' || element === 'cmi.exit') written.exit = String(value);
    if (element === 'cmi.core.session_time' || element === 'cmi.session_time') written.session_time = String(value);
  }
  api.on(setter + '.cmi.*', record);
  if (v2004) api.on(setter + '.adl.*', record);
  if (v2004) window.API_1484_11 = api;
  else window.API = api;
  window.lms = { api: api, log: log, snapshot: snapshot };
  if (init.launch) {
    var frame = document.createElement('iframe');
    frame.title = 'Course content';
    frame.src = init.launch;
    document.body.appendChild(frame);
  }
})();
