/* A live count under each translated text field of the admin: words for languages written
   with spaces, characters for Chinese (rich text fields get CKEditor's own count). The
   wording comes translated from the server (data-count-format, "{n}" for the number). */
(function () {
  "use strict";

  function count(text, unit) {
    text = text.trim();
    if (!text) { return 0; }
    return unit === "words" ? text.split(/\s+/).length : text.replace(/\s+/g, "").length;
  }

  function attach(field) {
    var unit = field.getAttribute("data-count");
    var wording = field.getAttribute("data-count-format") || "{n}";
    var output = document.createElement("div");
    output.className = "text-count";
    field.insertAdjacentElement("afterend", output);
    function update() { output.textContent = wording.replace("{n}", count(field.value, unit)); }
    field.addEventListener("input", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-count]").forEach(attach);
  });
})();
