// Small enhancements only: every page works without this script.
// A button marked data-copy copies the text of the element its value names (such as an award's link).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) { return; }
      navigator.clipboard.writeText(source.value || source.textContent).then(function () {
        button.textContent = 'Copied';
      });
    });
  });
});
