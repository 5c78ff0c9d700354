"""Rows and items shared out among threads: every range or item done once, the biggest items first,
errors raised in the caller."""

from __future__ import annotations

import threading

import pytest

from perfdiff.compute import side_by_side


@pytest.mark.parametrize("cores", [1, 2, 5])
def test_ranges_cover_the_rows_once_one_a_core(monkeypatch, cores: int) -> None:
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: cores)
    for n in (0, 1, 7, 1000):
        parts = side_by_side.ranges(n, min_rows=3)
        assert [a for a, _ in parts] == [0] + [b for _, b in parts[:-1]] and parts[-1][1] == n
        assert len(parts) == max(1, min(cores, n // 3))
        seen: list[tuple[int, int]] = []
        side_by_side.in_ranges(n, lambda a, b, seen=seen: seen.append((a, b)), min_rows=3)
        assert sorted(seen) == parts


def test_each_item_once_biggest_first_on_every_core(monkeypatch) -> None:
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 3)
    sizes = [5, 90, 1, 40, 40, 7]
    done: list[int] = []
    threads: set[int] = set()
    lock = threading.Lock()

    def work(i: int) -> None:
        with lock:
            done.append(i)
            threads.add(threading.get_ident())

    side_by_side.each(len(sizes), work, sizes=sizes)
    assert sorted(done) == list(range(len(sizes)))
    assert threads and len(threads) <= 3
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 1)
    done.clear()
    side_by_side.each(len(sizes), work, sizes=sizes)
    assert done == [1, 3, 4, 5, 0, 2]  # one thread: taken biggest first (ties as given)
    side_by_side.each(0, work)  # nothing to do: returns


def test_an_error_on_a_thread_is_raised_in_the_caller(monkeypatch) -> None:
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 2)

    def work(i: int) -> None:
        if i == 3:
            raise KeyError(i)

    with pytest.raises(KeyError):
        side_by_side.each(6, work)
    with pytest.raises(KeyError):
        side_by_side.in_ranges(6, lambda a, b: work(3), min_rows=1)
