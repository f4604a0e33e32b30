// office.js comes from Microsoft's CDN first (as Microsoft supports); where the CDN cannot be reached
// (an office on a closed network, or a test that blocks it) this loads the copy served beside the pane.
// A separate file, not inline script: the page's Content-Security-Policy allows no inline script.
if (typeof Office === 'undefined') {
  // office.js finds the files it loads next (locale strings, excel-*.js) beside the first <script>
  // named office.js: the failed CDN tag goes, so that the copy loads them from here too.
  var tags = document.getElementsByTagName('script');
  for (var i = tags.length - 1; i >= 0; i--) {
    if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(tags[i].src)) tags[i].parentNode.removeChild(tags[i]);
  }
  document.write('<script type="text/javascript" src="office-js/office.js"><\/script>');
}
