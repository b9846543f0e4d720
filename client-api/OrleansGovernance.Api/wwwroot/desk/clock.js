// The request desk's countdowns tick here, in the browser: a tick a second costs the server nothing. The server
// renders each clock as <span data-due="ms since 1970">text</span> and its words on the desk (data-words, in the
// page's language); the text is written as DeskClock.Left writes it on the server. Only the text node's value is
// changed, never the node, so Blazor's own later updates of that node still land.
let running = null;

export function start(desk) {
  running?.stop();
  const words = JSON.parse(desk.dataset.words);
  // A phone's own clock may be minutes off: the server's time when it drew the desk is the reference.
  const skew = Number(desk.dataset.now) - Date.now();
  const tick = () => {
    if (!desk.isConnected) {
      running?.stop();
      return;
    }
    const now = Date.now() + skew;
    for (const clock of document.querySelectorAll('[data-due]')) {
      const left = Number(clock.dataset.due) - now;
      write(clock, text(left, words));
      const past = left <= 0 ? 'true' : 'false';
      if (clock.dataset.past !== past) {
        clock.dataset.past = past;
      }
    }
  };
  // Clocks that Blazor adds or redraws (a new request, a step taken, the sheet opened) are set at once, not a second later.
  const observer = new MutationObserver(tick);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-due'] });
  const timer = setInterval(tick, 1000);
  running = {
    stop() {
      clearInterval(timer);
      observer.disconnect();
      running = null;
    },
  };
  tick();
}

function write(clock, value) {
  const node = clock.firstChild;
  if (node?.nodeType === Node.TEXT_NODE) {
    if (node.nodeValue !== value) {
      node.nodeValue = value;
    }
  } else if (!node) {
    clock.append(value);
  }
}

// As DeskClock.Left: seconds while under an hour is left, minutes once the limit has run out.
function text(ms, w) {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const span = days >= 1 ? `${days}${w.d} ${hours}${w.h}`
    : total >= 3600 ? `${Math.floor(total / 3600)}${w.h} ${minutes}${w.m}`
    : ms > 0 ? `${minutes}${w.m} ${seconds}${w.s}`
    : `${minutes}${w.m}`;
  return (ms > 0 ? w.left : w.over).replace('{0}', span);
}
