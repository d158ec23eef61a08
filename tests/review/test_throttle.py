"""The per-address budget of log-in attempts (review/throttle.py)."""

from __future__ import annotations

from review.throttle import LoginThrottle


def test_an_address_gets_its_burst_then_one_attempt_per_refill() -> None:
    throttle = LoginThrottle(burst=3, refill_seconds=60)
    assert [throttle.take("a", now=0) for _ in range(5)] == [True, True, True, False, False]
    assert throttle.take("b", now=0), "another address has its own budget"
    assert not throttle.take("a", now=59)
    assert throttle.take("a", now=60) and not throttle.take("a", now=60)


def test_a_successful_log_in_gives_its_attempt_back() -> None:
    throttle = LoginThrottle(burst=2, refill_seconds=60)
    for _ in range(10):
        assert throttle.take("worker", now=0)
        throttle.give_back("worker", now=0)
    assert throttle.take("worker", now=0) and throttle.take("worker", now=0)
    throttle.give_back("worker", now=0)
    throttle.give_back("worker", now=0)
    throttle.give_back("worker", now=0)
    assert [throttle.take("worker", now=0) for _ in range(3)] == [True, True, False], "capped"


def test_a_refused_address_is_reported_once_until_it_gets_through_again() -> None:
    throttle = LoginThrottle(burst=1, refill_seconds=60)
    assert throttle.take("a", now=0) and not throttle.take("a", now=1)
    assert throttle.first_refusal("a", now=1) and not throttle.first_refusal("a", now=2)
    assert throttle.take("a", now=61)
    assert not throttle.take("a", now=62) and throttle.first_refusal("a", now=62)


def test_memory_stays_bounded_however_many_addresses_try() -> None:
    throttle = LoginThrottle(burst=1, refill_seconds=60, keys=100)
    for n in range(1_000):
        throttle.take(f"10.0.{n // 256}.{n % 256}", now=0)
    assert len(throttle._buckets) == 100
