#!/usr/bin/env python3
"""Sends a fixed number of keep-alive GET requests to one URL over a few
connections at once, as wrk does, but a count rather than a duration, so
that what a server spends per request can be counted exactly (see
bench/instructions). Every answer must have the status asked for.

usage: fixed-load.py PORT PATH REQUESTS CONNECTIONS STATUS [HEADER ...]
"""

import selectors
import socket
import sys


def main():
    port, path, total, connections, status = sys.argv[1:6]
    total, connections = int(total), int(connections)
    headers = "".join(f"{h}\r\n" for h in sys.argv[6:])
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}\r\n".encode()
    expected = f" {status} ".encode()
    sent = answered = 0
    selector = selectors.DefaultSelector()

    def send(sock):
        nonlocal sent
        sock.sendall(request)
        sent += 1

    for _ in range(min(connections, total)):
        sock = socket.create_connection(("127.0.0.1", int(port)))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        selector.register(sock, selectors.EVENT_READ, bytearray())
        send(sock)
    while answered < total:
        for key, _ in selector.select():
            sock, buffer = key.fileobj, key.data
            chunk = sock.recv(1 << 20)
            if not chunk:
                sys.exit(f"the server closed a connection after {answered} answers")
            buffer += chunk
            while True:
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    break
                head = bytes(buffer[:end]).lower()
                status_line = head.split(b"\r\n", 1)[0]
                if expected not in status_line:
                    sys.exit(f"expected {status}, got {status_line!r}")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name == b"content-length" and status != "304":
                        length = int(value)
                if len(buffer) < end + 4 + length:
                    break
                del buffer[: end + 4 + length]
                answered += 1
                if sent < total:
                    send(sock)
    for key in list(selector.get_map().values()):
        key.fileobj.close()


if __name__ == "__main__":
    main()
