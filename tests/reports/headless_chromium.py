"""Open a page in headless Chromium and tell what it did: a tiny DevTools-protocol client over a pipe.

Chromium's ``--remote-debugging-pipe`` reads NUL-terminated JSON commands on fd 3 and writes replies
and events on fd 4, so no websocket library and no download is needed. Used by the report's browser
test to take a screenshot, find where elements are on the first screen, and record every request
and console error the page makes.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--remote-debugging-pipe"]


def find_chromium() -> str | None:
    """Path of Debian's chromium (or another Chromium-like browser), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageVisit:
    """What happened while a page was open."""

    requests: list[str] = field(default_factory=list)  # URLs the page asked for, the page itself excluded
    console_errors: list[str] = field(default_factory=list)
    screenshot: bytes = b""
    boxes: dict[str, Any] = field(default_factory=dict)  # the result of the measuring script


class _Pipe:
    """Commands out on one pipe, replies and events in on the other."""

    def __init__(self, write_fd: int, read_fd: int):
        self._write = os.fdopen(write_fd, "wb", buffering=0)
        self._read = os.fdopen(read_fd, "rb", buffering=0)
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        buffer = b""
        while chunk := self._read.read(65536):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for message in messages:
                self._inbox.put(json.loads(message))
        self._inbox.put(None)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict[str, Any]:
        self._next_id += 1
        command: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            command["sessionId"] = session
        self._write.write(json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            message = self._inbox.get(timeout=max(0.1, deadline - time.monotonic()))
            if message is None:
                raise RuntimeError(f"chromium closed the pipe during {method}")
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + timeout
        while True:
            message = self._inbox.get(timeout=max(0.1, deadline - time.monotonic()))
            if message is None:
                raise RuntimeError(f"chromium closed the pipe waiting for {method}")
            self.events.append(message)
            if message.get("method") == method:
                return message

    def drain(self, seconds: float) -> None:
        """Keep collecting events for a while (late console messages, lazy requests)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self._inbox.get(timeout=left)
            except queue.Empty:
                return
            if message is None:
                return
            self.events.append(message)


def _launch(browser: str, profile: Path, width: int, height: int) -> tuple[subprocess.Popen, _Pipe]:
    to_browser_read, to_browser_write = os.pipe()
    from_browser_read, from_browser_write = os.pipe()

    def wire_fds() -> None:  # in the child: the pipe ends become fd 3 and fd 4, as Chromium expects
        high_in = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
        high_out = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
        os.dup2(high_in, 3)
        os.dup2(high_out, 4)

    process = subprocess.Popen(
        [browser, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=wire_fds, pass_fds=(3, 4),
    )
    os.close(to_browser_read)
    os.close(from_browser_write)
    return process, _Pipe(to_browser_write, from_browser_read)


def visit(browser: str, page: Path, profile: Path, script: str, width: int = 1280, height: int = 900) -> PageVisit:
    """Open a local page at width × height, run a measuring script, take a screenshot of the first screen."""
    process, pipe = _launch(browser, profile, width, height)
    url = page.resolve().as_uri()
    result = PageVisit()
    try:
        target = pipe.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            pipe.send(f"{domain}.enable", session=session)
        pipe.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
        pipe.send("Page.navigate", {"url": url}, session=session)
        pipe.wait_for("Page.loadEventFired")
        pipe.drain(0.5)
        evaluated = pipe.send("Runtime.evaluate", {"expression": script, "returnByValue": True}, session=session)
        result.boxes = evaluated.get("result", {}).get("value") or {}
        shot = pipe.send("Page.captureScreenshot", {"format": "png"}, session=session)
        result.screenshot = base64.b64decode(shot["data"])
        try:
            pipe.send("Browser.close", timeout=5)
        except (RuntimeError, queue.Empty):
            pass  # closing is best effort; the process is ended below either way
    finally:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for event in pipe.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Network.requestWillBeSent" and params.get("request", {}).get("url") != url:
            result.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            result.console_errors.append(f"{details.get('text', 'exception')} "
                                         f"{details.get('exception', {}).get('description', '')}".strip())
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            result.console_errors.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            result.console_errors.append(params["entry"].get("text", ""))
    return result
