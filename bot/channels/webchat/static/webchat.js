/* Web chat for the victims' needs assessment.
 *
 * Talks to Rasa over socket.io (bot/channels/webchat/). The server makes the conversation id and
 * a signed token that lets this tab resume it; the token and the messages shown live in
 * sessionStorage only, so a reload in the same tab carries on and closing the tab forgets them;
 * nothing else is stored and nothing is sent anywhere but the bot.
 *
 * "Exit this page" follows the GOV.UK Design System component: a button, and Shift pressed three
 * times with at most 5 seconds between presses. Exiting blanks the page first, then clears the
 * chat, the storage and the socket, and replaces this page in the tab's history.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "victims-webchat";
  // A conversation left alone this long is not resumed from storage (a tab restored later,
  // or a shared device): the next person starts afresh.
  var RESUME_LIMIT_MS = 30 * 60 * 1000;
  var SHIFT_WINDOW_MS = 5000;
  var TYPING_LIMIT_MS = 20000;
  var FIRST_MESSAGE = "/greet";

  var body = document.body;
  var exitUrl = body.getAttribute("data-exit-url") || "https://www.bbc.co.uk/weather";
  var socketPath = body.getAttribute("data-socket-path") || "/socket.io";

  var intro = document.getElementById("intro");
  var chat = document.getElementById("chat");
  var startButton = document.getElementById("start");
  var startStatus = document.getElementById("start-status");
  var log = document.getElementById("log");
  var announcer = document.getElementById("announcer");
  var chatStatus = document.getElementById("chat-status");
  var composer = document.getElementById("composer");
  var input = document.getElementById("message");
  var exitStatus = document.getElementById("exit-status");
  var exitButton = document.getElementById("exit-button");

  var state = null; // {sessionId, token, lastActive, greeted, messages: [{who, text, buttons}]}
  var socket = null;
  var confirmed = false;
  var queue = [];
  var typing = null;
  var typingTimer = null;
  var exited = false;
  var endedElsewhere = false;

  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  /* ---------- storage ---------- */

  function load() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
      if (
        saved &&
        typeof saved.token === "string" &&
        Array.isArray(saved.messages) &&
        typeof saved.lastActive === "number" &&
        Date.now() - saved.lastActive < RESUME_LIMIT_MS
      ) {
        return saved;
      }
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      /* storage blocked or corrupt: start afresh */
    }
    return null;
  }

  function save() {
    if (!state || exited) return;
    state.lastActive = Date.now();
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) {
      /* storage full or blocked: the chat still works, it just won't survive a reload */
    }
  }

  /* ---------- rendering ---------- */

  function scrollToEnd(element) {
    element.scrollIntoView({
      block: "end",
      behavior: reducedMotion && !reducedMotion.matches ? "smooth" : "auto"
    });
  }

  function announce(text) {
    var line = document.createElement("p");
    line.textContent = "The bot said: " + text;
    announcer.appendChild(line);
    while (announcer.childNodes.length > 6) announcer.removeChild(announcer.firstChild);
  }

  function removeChoices() {
    var groups = log.querySelectorAll(".choices-item");
    for (var i = 0; i < groups.length; i++) groups[i].parentNode.removeChild(groups[i]);
    if (state) {
      state.messages.forEach(function (m) {
        delete m.buttons;
      });
    }
  }

  function renderChoices(buttons) {
    var item = document.createElement("li");
    item.className = "choices-item";
    var group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Answers you can choose");
    buttons.forEach(function (button) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "choice";
      element.textContent = button.title;
      element.addEventListener("click", function () {
        send(button.payload, button.title);
        input.focus();
      });
      group.appendChild(element);
    });
    item.appendChild(group);
    log.appendChild(item);
    return item;
  }

  function renderMessage(message) {
    var item = document.createElement("li");
    item.className = "message message--" + message.who;
    var who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = message.who === "bot" ? "The bot said: " : "You said: ";
    item.appendChild(who);
    item.appendChild(document.createTextNode(message.text));
    log.appendChild(item);
    var last = item;
    if (message.buttons && message.buttons.length) last = renderChoices(message.buttons);
    return last;
  }

  function showTyping() {
    hideTyping();
    typing = document.createElement("li");
    typing.className = "typing";
    typing.setAttribute("aria-hidden", "true");
    typing.textContent = "Writing a reply";
    log.appendChild(typing);
    typingTimer = window.setTimeout(hideTyping, TYPING_LIMIT_MS);
  }

  function hideTyping() {
    if (typingTimer) window.clearTimeout(typingTimer);
    typingTimer = null;
    if (typing && typing.parentNode) typing.parentNode.removeChild(typing);
    typing = null;
  }

  function buttonsOf(data) {
    var list = Array.isArray(data.quick_replies) ? data.quick_replies : data.buttons;
    if (!Array.isArray(list)) return undefined;
    var buttons = list
      .filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      })
      .map(function (b) {
        return { title: b.title, payload: b.payload };
      });
    return buttons.length ? buttons : undefined;
  }

  function receive(data) {
    if (exited || !data || typeof data !== "object") return;
    var text = typeof data.text === "string" ? data.text : "";
    var buttons = buttonsOf(data);
    if (!text && !buttons) return;
    hideTyping();
    if (buttons) removeChoices();
    var message = { who: "bot", text: text, buttons: buttons };
    state.messages.push(message);
    save();
    scrollToEnd(renderMessage(message));
    if (text) announce(text);
  }

  /* ---------- socket ---------- */

  function setStatus(text) {
    chatStatus.textContent = text;
    startStatus.textContent = text;
  }

  function emitNow(text) {
    // The server knows which session this socket speaks for.
    socket.emit("user_uttered", { message: text });
  }

  function clearConversation() {
    log.textContent = "";
    state.messages = [];
    state.greeted = false;
  }

  function send(text, shown) {
    if (exited || !state) return;
    text = String(text || "").trim();
    if (!text) return;
    removeChoices();
    if (shown) {
      var message = { who: "user", text: shown };
      state.messages.push(message);
      renderMessage(message);
    }
    save();
    showTyping();
    scrollToEnd(typing);
    if (socket && socket.connected && confirmed) emitNow(text);
    else queue.push(text);
  }

  function connect() {
    if (typeof window.io !== "function") {
      setStatus("Sorry, the chat could not load. Please reload the page.");
      return;
    }
    socket = window.io({ path: socketPath });
    socket.on("connect", function () {
      confirmed = false;
      setStatus("");
      socket.emit("session_request", state.token ? { token: state.token } : {});
    });
    socket.on("session_confirm", function (data) {
      if (exited || !data || typeof data.session_id !== "string") return;
      // A token that lapsed (30 minutes without a message) starts a new conversation: what
      // this tab showed belongs to the old one.
      if (state.sessionId && data.session_id !== state.sessionId) clearConversation();
      state.sessionId = data.session_id;
      state.token = typeof data.token === "string" ? data.token : null;
      confirmed = true;
      if (!state.greeted) {
        state.greeted = true;
        queue.unshift(FIRST_MESSAGE);
        showTyping();
      }
      save();
      while (queue.length) emitNow(queue.shift());
    });
    socket.on("bot_uttered", receive);
    socket.on("session_token", function (data) {
      if (exited || !data || typeof data.token !== "string") return;
      state.token = data.token;
      save();
    });
    socket.on("session_ended", function () {
      // The conversation was opened again elsewhere (another tab or window has it now).
      if (exited) return;
      endedElsewhere = true;
      setStatus("This chat is open in another window. Reload this page to carry on here.");
    });
    socket.on("disconnect", function () {
      confirmed = false;
      if (!exited && !endedElsewhere) setStatus("The connection was lost. Trying to reconnect…");
    });
    socket.on("connect_error", function () {
      if (!exited) setStatus("Cannot reach the chat just now. Trying again…");
    });
  }

  function showChat() {
    intro.hidden = true;
    chat.hidden = false;
  }

  function start() {
    state = { sessionId: null, token: null, lastActive: Date.now(), greeted: false, messages: [] };
    save();
    showChat();
    connect();
    input.focus();
  }

  composer.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });

  startButton.addEventListener("click", start);

  /* ---------- Exit this page ---------- */

  var shiftCount = 0;
  var lastKeyWasModified = false;
  var shiftTimer = null;
  var shiftMessageTimer = null;
  var overlay = null;

  function clearEverything() {
    hideTyping();
    queue = [];
    log.textContent = "";
    announcer.textContent = "";
    input.value = "";
    state = null;
    try {
      window.sessionStorage.clear();
    } catch (e) {
      /* nothing stored */
    }
    try {
      window.localStorage.clear();
    } catch (e) {
      /* nothing stored */
    }
    if (socket) {
      socket.removeAllListeners();
      socket.disconnect();
      socket = null;
    }
  }

  function exitPage() {
    if (exited) return;
    exited = true;
    exitStatus.textContent = "";
    // Blank the page before anything else, as slow connections can keep it up for seconds.
    body.classList.add("exit-hide");
    overlay = document.createElement("div");
    overlay.className = "exit-overlay";
    overlay.setAttribute("role", "alert");
    body.appendChild(overlay);
    overlay.textContent = "Loading.";
    clearEverything();
    // replace(): this page leaves the tab's back history. In an embedding frame the whole tab
    // leaves when the browser lets the frame move it; otherwise the frame itself does.
    try {
      if (window.top !== window.self) {
        window.top.location.replace(exitUrl);
        return;
      }
    } catch (e) {
      /* the embedding page is on another site and the browser refused */
    }
    window.location.replace(exitUrl);
  }

  function updateIndicator() {
    var indicator = exitButton.querySelector(".exit-indicator");
    indicator.classList.toggle("exit-indicator--visible", shiftCount > 0);
    var lights = indicator.querySelectorAll("span");
    for (var i = 0; i < lights.length; i++) lights[i].classList.toggle("on", i < shiftCount);
  }

  function resetShift() {
    if (shiftTimer) window.clearTimeout(shiftTimer);
    shiftTimer = null;
    shiftCount = 0;
    exitStatus.textContent = "Exit this page expired.";
    shiftMessageTimer = window.setTimeout(function () {
      exitStatus.textContent = "";
    }, SHIFT_WINDOW_MS);
    updateIndicator();
  }

  function onKeyUp(event) {
    // Shift on its own counts; Shift used with another key (a capital letter) does not. Such a
    // combination fires two keyups, the first with shiftKey set, so the next Shift is ignored.
    if (event.key === "Shift" && !lastKeyWasModified) {
      shiftCount += 1;
      updateIndicator();
      if (shiftMessageTimer) window.clearTimeout(shiftMessageTimer);
      shiftMessageTimer = null;
      if (shiftCount >= 3) {
        shiftCount = 0;
        if (shiftTimer) window.clearTimeout(shiftTimer);
        shiftTimer = null;
        exitPage();
      } else {
        exitStatus.textContent =
          shiftCount === 1
            ? "Shift, press 2 more times to exit."
            : "Shift, press 1 more time to exit.";
        if (shiftTimer) window.clearTimeout(shiftTimer);
        shiftTimer = window.setTimeout(resetShift, SHIFT_WINDOW_MS);
      }
    } else if (shiftTimer) {
      resetShift();
    }
    lastKeyWasModified = event.shiftKey;
  }

  var exitLinks = document.querySelectorAll(".js-exit");
  for (var i = 0; i < exitLinks.length; i++) {
    exitLinks[i].addEventListener("click", function (event) {
      event.preventDefault();
      exitPage();
    });
  }
  // The button is a link (so it works without script); Space must press it as for any button.
  exitButton.addEventListener("keydown", function (event) {
    if (event.key === " ") {
      event.preventDefault();
      exitPage();
    }
  });
  document.addEventListener("keyup", onKeyUp, true);

  // A page brought back from the back-forward cache must not stay blank or half-cleared.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted || !exited) return;
    exited = false;
    body.classList.remove("exit-hide");
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
    shiftCount = 0;
    updateIndicator();
    chat.hidden = true;
    intro.hidden = false;
  });

  /* ---------- start ---------- */

  state = load();
  if (state) {
    showChat();
    state.messages.forEach(renderMessage);
    if (log.lastElementChild) scrollToEnd(log.lastElementChild);
    connect();
  }
  startButton.disabled = false;
})();
