/** The page's one script, a convenience only: it scrolls the chat to the newest message. Everything works without it. */
export const SANDBOX_SCRIPT = `document.addEventListener('DOMContentLoaded', function () {
  var newest = document.getElementById('newest');
  if (newest) newest.scrollIntoView({ block: 'end' });
});
`;
