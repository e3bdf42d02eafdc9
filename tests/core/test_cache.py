"""Copies kept per generation (core.cache): in the shared cache and in each process, read
with one round trip per request, and ended by a scheduled time as well as by a change."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from core import cache as core_cache
from core.cache import Copies, Generation


def test_a_copy_is_read_from_the_shared_cache_then_kept_in_the_process():
    here, elsewhere = Copies(), Copies()  # two server processes
    elsewhere.set("k", {"html": "<p>x</p>"}, 60)
    assert here.get("k") == {"html": "<p>x</p>"}
    cache.clear()  # the shared copy is gone: this process still has its own
    assert here.get("k") == {"html": "<p>x</p>"}
    assert Copies().get("k") is None


def test_a_copy_is_not_used_after_its_time_in_any_process(time_machine):
    time_machine.move_to(timezone.now())
    here, elsewhere = Copies(), Copies()
    here.set("menu", "old menu", 30)
    assert elsewhere.get("menu") == "old menu"
    time_machine.shift(datetime.timedelta(seconds=31))
    assert here.get("menu") is None
    assert elsewhere.get("menu") is None


def test_a_process_keeps_only_its_most_recently_used_copies():
    copies = Copies(size=2)
    copies.set_many({"a": 1, "b": 2}, 60)
    copies.get("a")  # used: b is now the oldest
    copies.set("c", 3, 60)
    cache.clear()
    assert copies.get_many(["a", "b", "c"]) == {"a": 1, "c": 3}


def test_a_request_reads_every_generation_in_one_round_trip(monkeypatch):
    first, second = Generation("test-first"), Generation("test-second")
    first.start_new()
    second.start_new()
    reads, get_many, get = [], cache.get_many, cache.get

    def read_many(keys, **kwargs):
        reads.append(keys)
        return get_many(keys, **kwargs)

    def read_one(key, *args, **kwargs):
        if not reads:  # the backend's get_many may read key by key: that is one trip
            pytest.fail(f"{key} read on its own")
        return get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", read_many)
    monkeypatch.setattr(cache, "get", read_one)
    core_cache.start_request()
    try:
        key = first.key("x")
        assert second.key("x") != key and first.key("x") == key
    finally:
        core_cache.end_request()
    assert len(reads) == 1 and {first.pointer, second.pointer} <= set(reads[0])


def test_a_generation_ends_at_the_time_it_was_given(time_machine):
    soon = timezone.now() + datetime.timedelta(hours=1)
    generation = Generation("test-scheduled", ends_at=lambda: soon.timestamp())
    before = generation.current()
    assert generation.current() == before
    time_machine.move_to(soon + datetime.timedelta(seconds=1))
    assert generation.current() != before


def test_a_change_starts_a_new_generation():
    generation = Generation("test-changes")
    before = generation.current()
    generation.start_new()
    assert generation.current() != before
