// Briefing client-side search. The index lives in search/*.js files that call back into
// window.briefingSearch; shards are loaded with <script> elements on demand, so search works
// from file:// and any host, and a first search fetches only the shards its words need.
(function () {
  "use strict";
  var base = document.currentScript.src.replace(/assets\/search\.js(\?.*)?$/, "");
  var shards = {}, chunks = {}, loading = {}, meta = null, pageSize = 10, shown = pageSize, lastIds = [];
  window.briefingSearch = {
    meta: function (m) { meta = m; },
    terms: function (name, t) { shards[name] = t; },
    docs: function (n, d) { chunks[n] = d; }
  };
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = base + "search/" + name + ".js";
        s.onload = s.onerror = function () { resolve(); };
        document.head.appendChild(s);
      });
    }
    return loading[name];
  }
  // Words of two or more letters, without the stop words and everywhere-words the index
  // leaves out (meta.skip), so "war in ukraine" looks up "war" and "ukraine".
  function terms(text) {
    var skip = {};
    ((meta && meta.skip) || []).forEach(function (w) { skip[w] = true; });
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .filter(function (t) { return t.length >= 2 && !skip[t]; });
  }
  function shardOf(term) {
    var chars = Array.from(term).slice(0, 2);
    if (chars.every(function (c) { return c.charCodeAt(0) < 128; })) return chars.join("");
    return "u" + chars.map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }
  function postings(term, prefix) {
    var shard = shards[shardOf(term)] || {}, found = {};
    var keys = prefix ? Object.keys(shard).filter(function (k) { return k.indexOf(term) === 0; }).slice(0, 50) : [term];
    keys.forEach(function (k) {
      var list = shard[k] || [];
      for (var i = 0; i < list.length; i += 2) found[list[i]] = Math.max(found[list[i]] || 0, list[i + 1]);
    });
    return found;
  }
  var status = document.getElementById("search-status"), results = document.getElementById("search-results");
  var input = document.getElementById("q");
  function render(ids) {
    var need = {};
    ids.slice(0, shown).forEach(function (id) { need[Math.floor(id / meta.chunk)] = true; });
    return Promise.all(Object.keys(need).map(function (n) { return load("d-" + n); })).then(function () {
      results.textContent = "";
      ids.slice(0, shown).forEach(function (id) {
        var d = (chunks[Math.floor(id / meta.chunk)] || [])[id % meta.chunk];
        if (!d) return;
        var li = document.createElement("li"), h = document.createElement("h2"), a = document.createElement("a");
        li.className = "card"; a.href = base + d[1]; a.textContent = d[0]; h.appendChild(a); li.appendChild(h);
        var m = document.createElement("p"); m.className = "meta";
        m.textContent = [d[2], d[3], d[5] ? "quotes: " + d[5] : ""].filter(Boolean).join(" · ");
        var p = document.createElement("p"); p.textContent = d[4];
        li.appendChild(m); li.appendChild(p); results.appendChild(li);
      });
      if (ids.length > shown) {
        var more = document.createElement("li"), b = document.createElement("button");
        b.type = "button"; b.textContent = "Show more results";
        b.onclick = function () { shown += pageSize; render(lastIds); };
        more.appendChild(b); results.appendChild(more);
      }
    });
  }
  function search(query, typing) {
    load("meta").then(function () { lookUp(query, typing); });
  }
  function lookUp(query, typing) {
    var words = terms(query);
    if (!words.length) { status.textContent = "Type a headline word, a name or a phrase."; results.textContent = ""; return; }
    var prefixLast = typing && !/\s$/.test(query);
    var names = words.map(function (w) { return "t-" + shardOf(w); });
    Promise.all(names.map(load)).then(function () {
      var scores = null;
      words.forEach(function (w, i) {
        var found = postings(w, prefixLast && i === words.length - 1), next = {};
        if (scores === null) { next = found; } else {
          Object.keys(found).forEach(function (id) { if (id in scores) next[id] = scores[id] + found[id]; });
        }
        scores = next;
      });
      var ids = Object.keys(scores || {}).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      lastIds = ids; shown = pageSize;
      status.textContent = ids.length + (ids.length === 1 ? " brief matches" : " briefs match") + " \u201C" + query.trim() + "\u201D.";
      return render(ids);
    });
  }
  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { search(input.value, true); }, 120); });
  input.form.addEventListener("submit", function (e) { e.preventDefault(); search(input.value, false); });
  status.textContent = "Type a headline word, a name or a phrase.";
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; search(q, false); }
})();
