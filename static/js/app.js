// Small progressive enhancements; every page works without this file.
document.addEventListener("htmx:responseError", (event) => {
  // Show the server's Vietnamese message instead of failing silently.
  const target = event.detail.target;
  if (target && event.detail.xhr.responseText) target.innerHTML = event.detail.xhr.responseText;
});
