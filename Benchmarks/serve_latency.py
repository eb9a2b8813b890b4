#!/usr/bin/env python3
"""Edit-to-reload latency of `briefing serve`: the time from writing one article to the
live-reload message ("reload") reaching a page connected to the server's WebSocket.

Usage: serve_latency.py [--edits N] [--port P] [--log FILE] INPUT_DIR -- BRIEFING serve [FLAGS]
Runs the given `briefing serve` command (it must serve INPUT_DIR on port P), waits for its
first build, connects to /_briefing/live like an open page, then appends a sentence to one
article of INPUT_DIR N times (a different article each time) and prints one line per edit and
the median, in seconds. Uses only the standard library: the WebSocket handshake and frames are
a few lines.
"""
import argparse
import base64
import os
import socket
import statistics
import subprocess
import sys
import time


def connect(port, deadline):
    """Opens the live-reload WebSocket once the server answers."""
    while True:
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline:
                sys.exit("error: briefing serve did not start listening")
            time.sleep(0.05)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /_briefing/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(1)
        if not chunk:
            sys.exit("error: the server closed the WebSocket handshake")
        head += chunk
    if b" 101 " not in head.split(b"\r\n")[0]:
        sys.exit(f"error: no WebSocket upgrade: {head.splitlines()[0]!r}")
    return sock


def read_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("WebSocket closed")
        data += chunk
    return data


def next_text(sock):
    """The next text frame's payload (server frames are not masked)."""
    while True:
        b0, b1 = read_exact(sock, 2)
        length = b1 & 0x7F
        if length == 126:
            length = int.from_bytes(read_exact(sock, 2), "big")
        elif length == 127:
            length = int.from_bytes(read_exact(sock, 8), "big")
        payload = read_exact(sock, length)
        if b0 & 0x0F == 1:
            return payload.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("command", nargs="+")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--log", default=os.devnull)
    args = parser.parse_args()
    articles = sorted(f for f in os.listdir(args.input) if f.endswith((".txt", ".md")))
    log = open(args.log, "w")
    server = subprocess.Popen(args.command, stdout=log, stderr=subprocess.STDOUT)
    try:
        # The first build of a cold site can take minutes on a large corpus.
        sock = connect(args.port, time.monotonic() + 3600)
        sock.settimeout(120)
        time.sleep(1)  # Let the watcher take its first snapshot.
        latencies = []
        for i in range(args.edits):
            path = os.path.join(args.input, articles[(len(articles) // 2 + i * 7) % len(articles)])
            start = time.monotonic()
            with open(path, "a", encoding="utf-8") as f:
                f.write(f"\nThe ministry said on Friday that the talks would resume within {i + 2} weeks.\n")
            message = next_text(sock)
            latency = time.monotonic() - start
            if message != "reload":
                sys.exit(f"error: expected a reload, got {message[:200]!r}")
            latencies.append(latency)
            print(f"edit {i + 1}: {latency:.3f} s")
            time.sleep(0.5)
        print(f"median edit-to-reload: {statistics.median(latencies):.3f} s over {len(latencies)} edits")
    finally:
        server.terminate()
        server.wait()
        log.close()


if __name__ == "__main__":
    main()
