// sayso report: link mentions to their quotations, open documents reached by a link, and the
// "only errors" filter. Everything it needs is already in the page.
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".linked").forEach(function (e) { e.classList.remove("linked"); });
  }
  // Marks every fragment of the quotations listed in el's data-quotes.
  function link(el) {
    clear();
    var ids = (el.getAttribute("data-quotes") || "").split(" ");
    ids.forEach(function (id) {
      if (!id) return;
      var q = document.getElementById(id);
      if (q) q.classList.add("linked");
      document.querySelectorAll('[data-of="' + id + '"]').forEach(function (f) { f.classList.add("linked"); });
    });
    if (el.classList.contains("mention")) el.classList.add("linked");
  }
  document.addEventListener("focusin", function (e) {
    var m = e.target.closest && e.target.closest("[data-quotes]");
    if (m) link(m);
  });
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest(".mention[data-quotes]");
    if (m) link(m);
  });
  document.addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest("[data-quotes]");
    if (m) link(m);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") clear(); });
  // A link into a collapsed document opens it first.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var t = id && document.getElementById(id);
    if (!t) return;
    var d = t.closest("details");
    if (d && !d.open) d.open = true;
    if (t.hasAttribute("data-quotes")) link(t);
    t.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  var only = document.getElementById("errors-only");
  if (only) {
    var apply = function () { document.body.classList.toggle("errors-only", only.checked); };
    only.addEventListener("change", apply);
    if (/[?&]errors-only(&|=|$)/.test(location.search)) only.checked = true;
    apply();
  }
  function setAll(open) {
    document.querySelectorAll("details.doc").forEach(function (d) { d.open = open; });
  }
  var oa = document.getElementById("open-all"), ca = document.getElementById("close-all");
  if (oa) oa.addEventListener("click", function () { setAll(true); });
  if (ca) ca.addEventListener("click", function () { setAll(false); });
  document.documentElement.setAttribute("data-ready", "1");
})();
