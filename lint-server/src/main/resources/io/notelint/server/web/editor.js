// The note editor: lints the note as the user types (debounced), highlights each finding's words behind
// the text, lists the findings with why they matter and how to fix them; a click or Enter on a finding
// selects its words. Talks only to this server (the page's Content-Security-Policy allows nothing else).
(function () {
  "use strict";

  var DEBOUNCE_MS = 400;
  var $ = function (id) { return document.getElementById(id); };
  var text = $("text"), backdrop = $("backdrop"), list = $("findings"), status = $("status");
  var profile = $("profile"), empty = $("empty"), count = $("count");
  var timer = null, sequence = 0, findings = [], rationales = {};

  function headers(type) {
    var h = { "Content-Type": type };
    var token = $("token").value.trim();
    if (token) { h.Authorization = "Bearer " + token; }
    return h;
  }

  function query() {
    return profile.value ? "?profile=" + encodeURIComponent(profile.value) : "";
  }

  // the note JSON of note-format.md, from the text and whatever fields were filled in
  function note() {
    var n = { id: "editor", text: text.value, fields: {} };
    if ($("format").value) { n.format = $("format").value; }
    ["sessionDate", "startTime", "endTime", "cptCode", "riskLevel"].forEach(function (k) {
      var v = $(k).value.trim();
      if (v) { n.fields[k] = v; }
    });
    var dx = $("diagnoses").value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    if (dx.length) { n.fields.diagnoses = dx.map(function (c) { return { code: c }; }); }
    var goals = $("goals").value.split(";").map(function (s) { return s.trim(); }).filter(Boolean);
    if (goals.length) {
      n.fields.goals = goals.map(function (g, i) {
        var m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(g);
        return m ? { id: m[1], text: m[2] } : { id: "G" + (i + 1), text: g };
      });
    }
    if ($("signedAt").value) { n.fields.signedAt = $("signedAt").value + ":00Z"; }
    return n;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(lint, DEBOUNCE_MS);
  }

  function lint() {
    var mine = ++sequence;
    if (!text.value.trim()) { show([]); status.textContent = "Ready."; return; }
    status.textContent = "Checking…";
    fetch("/v1/lint" + query(), { method: "POST", headers: headers("application/json"), body: JSON.stringify(note()) })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) {
        if (mine !== sequence) { return; } // a later keystroke's answer wins
        if (!r.ok || r.body.error) {
          var e = r.body.error || {};
          status.textContent = "Not checked: " + (e.message || "the server refused the note");
          show([]);
          return;
        }
        show(r.body.findings || []);
        status.textContent = (r.body.findings || []).length + " finding" + ((r.body.findings || []).length === 1 ? "" : "s") + ".";
      })
      .catch(function () { if (mine === sequence) { status.textContent = "The server cannot be reached."; } });
  }

  // the highlights: the text again, in the same font, with each finding's span in a mark behind the textarea
  function paint() {
    backdrop.textContent = "";
    var spans = findings.map(function (f, i) { return { f: f, i: i }; })
      .filter(function (x) { return x.f.span && x.f.span.end > x.f.span.start; })
      .sort(function (a, b) { return a.f.span.start - b.f.span.start; });
    var value = text.value, at = 0;
    spans.forEach(function (x) {
      var s = Math.max(x.f.span.start, at), e = Math.min(x.f.span.end, value.length);
      if (e <= s) { return; } // overlaps the previous mark: its words are marked already
      backdrop.appendChild(document.createTextNode(value.slice(at, s)));
      var m = document.createElement("mark");
      m.className = x.f.severity;
      m.dataset.index = x.i;
      m.dataset.rule = x.f.ruleId;
      m.textContent = value.slice(s, e);
      backdrop.appendChild(m);
      at = e;
    });
    backdrop.appendChild(document.createTextNode(value.slice(at) + "\n"));
    backdrop.scrollTop = text.scrollTop;
  }

  function show(found) {
    findings = found;
    paint();
    list.textContent = "";
    count.textContent = found.length ? "(" + found.length + ")" : "";
    empty.hidden = found.length > 0;
    found.forEach(function (f, i) {
      var li = document.createElement("li");
      li.className = "finding " + f.severity;
      li.tabIndex = 0;
      li.dataset.index = i;
      li.dataset.rule = f.ruleId;
      li.setAttribute("aria-label", f.severity + ": " + f.message);
      var head = document.createElement("div");
      head.className = "head";
      head.appendChild(span("severity " + f.severity, f.severity));
      head.appendChild(span("rule", f.ruleId + (f.span ? " · line " + f.span.line : "")));
      li.appendChild(head);
      li.appendChild(para("message", f.message));
      if (f.suggestion) { li.appendChild(para("fix", f.suggestion)); }
      var why = para("why", rationales[f.ruleId] || "");
      why.hidden = !rationales[f.ruleId];
      li.appendChild(why);
      if (!(f.ruleId in rationales)) { explain(f.ruleId); }
      li.addEventListener("click", function () { select(i); });
      li.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(i); }
      });
      list.appendChild(li);
    });
  }

  function span(cls, value) { var s = document.createElement("span"); s.className = cls; s.textContent = value; return s; }
  function para(cls, value) { var p = document.createElement("p"); p.className = cls; p.textContent = value; return p; }

  // why the rule matters, asked once per rule and shown under each of its findings
  function explain(ruleId) {
    rationales[ruleId] = "";
    fetch("/v1/rules/" + ruleId + query(), { headers: headers("application/json") })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (rule) {
        if (!rule || !rule.rationale) { return; }
        rationales[ruleId] = rule.rationale;
        list.querySelectorAll("li[data-rule='" + ruleId + "'] .why").forEach(function (p) {
          p.textContent = rule.rationale; p.hidden = false;
        });
      })
      .catch(function () { /* the finding stands without its why */ });
  }

  // selects the finding's words in the text and scrolls them into view
  function select(i) {
    var f = findings[i];
    backdrop.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    var mark = backdrop.querySelector("mark[data-index='" + i + "']");
    if (mark) { mark.classList.add("current"); }
    if (!f || !f.span) { return; }
    text.focus();
    text.setSelectionRange(f.span.start, f.span.end);
    if (mark) { text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3); }
  }

  function loadProfiles() {
    fetch("/v1/profiles", { headers: headers("application/json") })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { return; }
        (p.profiles || []).forEach(function (name) {
          var o = document.createElement("option");
          o.value = name; o.textContent = name;
          profile.appendChild(o);
        });
        if (p.server) { profile.options[0].textContent = "server default (" + p.server + ")"; }
      })
      .catch(function () { /* the server default still works */ });
  }

  text.addEventListener("input", function () { paint(); schedule(); });
  text.addEventListener("scroll", function () { backdrop.scrollTop = text.scrollTop; });
  profile.addEventListener("change", function () { rationales = {}; lint(); });
  $("format").addEventListener("change", lint);
  $("fields").addEventListener("change", lint);
  $("token").addEventListener("change", function () { loadProfiles(); lint(); });
  loadProfiles();
})();
