/*
 * Test LMS page script. Playwright sets window.__scormInit before the page loads:
 *   { launch: 'pkg/index.html?module=…', cmi?: { … } }   (cmi as scorm-again's loadFromJSON takes it)
 * It exposes window.lms = { api, log } so the test can read every call the SCO made:
 *   log.calls   every LMS call: [name, element?, value?] in order
 *   log.commits the CMI values at each LMSCommit
 */
(function () {
  var init = window.__scormInit || {};
  var api = new window.Scorm12API({ logLevel: 5, autocommit: false });
  if (init.cmi) api.loadFromJSON(init.cmi);
  var log = { calls: [], commits: [] };
  // cmi.core.exit and cmi.core.session_time are write-only in SCORM 1.2 (scorm-again enforces it
  // even for the LMS page), so the harness remembers the values the SCO set.
  var written = { exit: '', session_time: '' };
  function snapshot() {
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
    };
  }
  ['LMSInitialize', 'LMSFinish', 'LMSCommit'].forEach(function (name) {
    api.on(name, function () {
      log.calls.push([name]);
      if (name === 'LMSCommit') log.commits.push(snapshot());
    });
  });
  api.on('LMSSetValue.cmi.*', function (element, value) {
    log.calls.push(['LMSSetValue', element, String(value)]);
    if (element === 'cmi.core.exit') written.exit = String(value);
    if (element === 'cmi.core.session_time') written.session_time = String(value);
  });
  window.API = api;
  window.lms = { api: api, log: log, snapshot: snapshot };
  if (init.launch) {
    var frame = document.createElement('iframe');
    frame.title = 'Course content';
    frame.src = init.launch;
    document.body.appendChild(frame);
  }
})();
