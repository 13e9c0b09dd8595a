// Small progressive enhancements; every page works without this file.
document.addEventListener("htmx:responseError", (event) => {
  // Show the server's Vietnamese message instead of failing silently.
  const target = event.detail.target;
  if (target && event.detail.xhr.responseText) target.innerHTML = event.detail.xhr.responseText;
});

// File pickers: files chosen in several goes, dropped on the zone or taken with the phone camera
// add up (each listed with a button to take it off), so several photos can be sent at once. Without
// this script the plain inputs still work, one selection each.
function setUpDropzone(zone) {
  if (zone.dataset.ready) return;
  zone.dataset.ready = "1";
  const input = zone.querySelector('input[type="file"]:not([capture])');
  const camera = zone.querySelector("input[capture]");
  const list = zone.querySelector(".dropzone__files");
  let chosen = [];
  const sync = () => {
    const all = new DataTransfer();
    for (const f of chosen) all.items.add(f);
    input.files = all.files;
    list.replaceChildren(
      ...chosen.map((f, i) => {
        const li = document.createElement("li");
        li.append(`${f.name} (${fileSize(f.size)}) `);
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "button button--small button--ghost";
        remove.textContent = "Bỏ";
        remove.setAttribute("aria-label", `Bỏ tệp ${f.name}`);
        remove.addEventListener("click", () => {
          chosen.splice(i, 1);
          sync();
          input.focus();
        });
        li.append(remove);
        return li;
      }),
    );
  };
  const add = (files) => {
    chosen = chosen.concat([...files]);
    sync();
  };
  // The browser replaces the input's selection with each new pick; `chosen` still holds the earlier ones.
  input.addEventListener("change", () => add(input.files));
  if (camera) {
    camera.addEventListener("change", () => {
      add(camera.files);
      camera.value = "";
    });
  }
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dropzone--over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dropzone--over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dropzone--over");
    if (e.dataTransfer && e.dataTransfer.files.length) add(e.dataTransfer.files);
  });
}
function fileSize(bytes) {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1048576).toFixed(1).replace(".", ",")} MB`;
}
const setUpDropzones = (root) => root.querySelectorAll("[data-dropzone]").forEach(setUpDropzone);
document.addEventListener("DOMContentLoaded", () => setUpDropzones(document));
document.addEventListener("htmx:load", (event) => setUpDropzones(event.detail.elt));

// The live connection (Layout's sse-connect, htmx's sse extension). Leaving a page aborts it, and the
// extension reports the abort as an error ("[object Event]" in the console on every navigation) and
// schedules a reconnect. Chromium aborts it after "beforeunload" but before "pagehide", so closing
// on "pagehide" alone comes too late: from "beforeunload" on, its errors are not passed on.
if (window.htmx && htmx.createEventSource) {
  const sources = new Set();
  let leaving = false;
  const create = htmx.createEventSource;
  htmx.createEventSource = (url) => {
    const source = create(url);
    for (const s of sources) if (s.readyState === EventSource.CLOSED) sources.delete(s);
    sources.add(source);
    // Listening before the extension sets onerror, so this runs first and can stop it.
    source.addEventListener("error", (event) => {
      if (leaving) event.stopImmediatePropagation();
    });
    return source;
  };
  addEventListener("beforeunload", () => {
    leaving = true;
    // A link or form that ends in a download keeps the page: its stream's errors count again.
    setTimeout(() => (leaving = false), 10000);
  });
  addEventListener("pagehide", () => {
    leaving = true;
    for (const source of sources) source.close();
  });
  // Back from the back/forward cache, the stream is closed: load the page afresh.
  addEventListener("pageshow", (event) => {
    if (event.persisted) location.reload();
  });
}
