"""A TCP relay on loopback that a test can cut and restore, to take a service (PostgreSQL,
Redis) away from the site without stopping the service itself, which others share."""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.servers import free_port


class Relay:
    """Listens on 127.0.0.1:``port`` and relays each connection to ``target``.

    ``cut()`` closes every open connection and stops listening (clients get refused),
    ``restore()`` listens again on the same port. With ``silent=True`` it accepts
    connections and never answers, like a server that hangs.
    """

    def __init__(self, target: tuple[str, int] | None, *, silent: bool = False):
        self.target = target
        self.silent = silent
        self.port = free_port()
        self.accepted = 0
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def __enter__(self) -> Relay:
        self.restore()
        return self

    def __exit__(self, *exc) -> None:
        self.cut()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        self._acceptor = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        self._acceptor.start()

    def cut(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, []
        if listener is not None:
            listener.close()
            # The port is free only once accept() has returned (it holds the socket).
            self._acceptor.join()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        try:
            listener.settimeout(0.1)  # a closed listener does not wake a blocked accept()
        except OSError:
            return  # cut before this thread started
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # cut
            client.settimeout(None)
            with self._lock:
                self.accepted += 1
                self._sockets.append(client)
            if self.silent:
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets.append(upstream)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
