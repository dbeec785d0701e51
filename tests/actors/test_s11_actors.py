"""Actor codes, session 11 (issue 4).

- An armed commander killed in office holds his role on the day of his death (the role's ``to`` is the day after)
  and, by ``ActorEntry.ended_at``, on the next day, when the news tells it again; not on the day after that (the
  window counted two days past ``to`` since the data moved to "held on the last day").
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventwire.dictionaries.actor_dictionary import ActorEntry, Role

D = date.fromisoformat


@pytest.mark.parametrize("name, died, code, country", [
    ("Osama bin Laden", "2011-05-02", "IMGREB", "SAU"),
    ("Qasem Soleimani", "2020-01-03", "IRNMIL", "IRN"),
    ("Abu Bakr al-Baghdadi", "2019-10-27", "IMGREB", "IRQ"),
])
def test_an_armed_role_is_held_the_day_of_death_and_the_next_only(resolver, name, died, code, country):
    day = D(died)
    for offset in (0, 1):
        res = resolver.lookup(name, day + timedelta(days=offset))
        assert res is not None and res.code == code, (offset, res and res.why)
    res = resolver.lookup(name, day + timedelta(days=2))
    assert res is not None and res.code == country + "ELI", res and res.why


def test_ended_at_boundaries():
    role = Role("SYRREB", D("2010-01-01"), D("2015-03-11"), "Commander")
    entry = ActorEntry("person", "A Commander", "SYR", (role,))
    assert entry.ended_at(D("2015-03-10")) is None           # still held: no ended role
    assert entry.ended_at(D("2015-03-11")) == role           # the day after the last day
    assert entry.ended_at(D("2015-03-12")) is None
    assert entry.ended_at(D("2009-12-31")) is None
    office = ActorEntry("person", "A Minister", "SYR", (Role("SYRGOV", D("2010-01-01"), D("2015-03-11")),))
    assert office.ended_at(D("2015-03-11")) is None          # an office with a term ends on schedule
