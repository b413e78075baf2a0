"""The one background task runner: a serial worker for database work (like Anki's taskman) with progress and cancel."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    """Signals of one task, always emitted in the GUI thread (progress, then finished or failed, once).

    The worker emits the private signals; they are queued to this object, which lives in the GUI
    thread and re-emits the public ones, so anything connected to them runs on the GUI thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    _worker_progress = Signal(int, int)
    _worker_finished = Signal(object)
    _worker_failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.dropped = False  # set when the desk shuts down: late results are not delivered to dead widgets
        self._worker_progress.connect(self._relay_progress)
        self._worker_finished.connect(self._relay_finished)
        self._worker_failed.connect(self._relay_failed)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if not self.dropped:
            self.progress.emit(done, total)

    @Slot(object)
    def _relay_finished(self, result: object) -> None:
        if not self.dropped:
            self.finished.emit(result)

    @Slot(object)
    def _relay_failed(self, error: object) -> None:
        if not self.dropped:
            self.failed.emit(error)


class Task(QRunnable):
    """One call of a core function off the GUI thread; the function gets plain progress/cancelled callables."""

    def __init__(self, work: Callable[..., Any], *, reports_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signals have been delivered
        self.signals = TaskSignals()
        self._work = work
        self._reports_progress = reports_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals._worker_progress.emit(done, total)

    def run(self) -> None:
        try:
            if self._reports_progress:
                result = self._work(progress=self._progress, cancelled=self.cancelled)
            else:
                result = self._work()
        except Exception as error:  # the thread boundary: every failure goes to the GUI, none is lost
            self.signals._worker_failed.emit(error)
        else:
            self.signals._worker_finished.emit(result)


class TaskRunner(QObject):
    """Runs core work in the background: writes one at a time in order (serial), reads on a small pool.

    Callbacks run on the GUI thread. A task's result is delivered even if a later task fails.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._running: set[Task] = set()
        self._closed = False

    def run(
        self,
        work: Callable[..., Any],
        *,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        reports_progress: bool = False,
        serial: bool = True,
    ) -> Task:
        """Start work(); with reports_progress it is called as work(progress=..., cancelled=...)."""
        task = Task(work, reports_progress=reports_progress)
        if self._closed:
            task.signals.dropped = True
            return task  # the desk is closing: start nothing new
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        if on_finished is not None:
            task.signals.finished.connect(on_finished)
        if on_failed is not None:
            task.signals.failed.connect(on_failed)
        task.signals.finished.connect(lambda _result: self._running.discard(task))
        task.signals.failed.connect(lambda _error: self._running.discard(task))
        self._running.add(task)
        (self._serial if serial else self._reads).start(task)
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until queued work is done, so no write is cut off (cancellable work stops early)."""
        for task in list(self._running):
            task.cancel()
        return self._serial.waitForDone(msecs) and self._reads.waitForDone(msecs)

    def shutdown(self, msecs: int = 30000) -> None:
        """Finish the work under way and deliver nothing more: the widgets waiting for it are closing."""
        self._closed = True
        self.wait_idle(msecs)
        for task in list(self._running):
            task.signals.dropped = True
        self._running.clear()
