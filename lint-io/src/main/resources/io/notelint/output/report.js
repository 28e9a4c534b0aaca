(function () {
  var q = document.getElementById('q'), sev = document.getElementById('sev'), cat = document.getElementById('cat');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#table tbody tr'));
  function apply() {
    var text = q.value.toLowerCase(), s = sev.value, c = cat.value, n = 0;
    rows.forEach(function (r) {
      var ok = (!s || r.getAttribute('data-sev') === s) && (!c || r.getAttribute('data-cat') === c)
          && (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
      r.style.display = ok ? '' : 'none';
      if (ok) { n++; }
    });
    document.getElementById('shown').textContent = n + ' of ' + rows.length + ' rows shown';
    document.body.setAttribute('data-rows-shown', String(n));
  }
  var start = new URLSearchParams(location.hash.slice(1));
  q.value = start.get('q') || '';
  sev.value = start.get('sev') || '';
  cat.value = start.get('cat') || '';
  [q, sev, cat].forEach(function (e) { e.addEventListener('input', apply); e.addEventListener('change', apply); });
  apply();
})();
