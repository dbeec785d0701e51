"""Fixtures of the actor tests: one resolver per test process (dictionary loading is the slow part)."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorResolver
from eventwire.dictionaries.actor_dictionary import ActorDictionary


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return ActorResolver(ActorDictionary.load())
