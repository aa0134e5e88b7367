"""The demo ondermijningsbeelden: one per basisteam and year, written through the core services.

Per basisteam the phenomena evolve from year to year (scores move, a phenomenon appears or
fades), so the year comparison has something to show. Each beeld gets signals in every
triage state, interventions with results (money in whole cents), and a few links to the demo
decisions, actions and agenda items of the same basisteam and year. Each basisteam has its
own random stream, separate from the meetings' streams, so a seed gives the same beelden.
The services stamp rows with the wall clock; afterwards the stamps are set to the fictional
dates, so that the same seed gives the same database content.
"""

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

import sqlite_utils

from driehoek_app.core import demo_beeld_texts as texts
from driehoek_app.core.beeld_links import link, pull_into_item
from driehoek_app.core.beeld_phenomena import add_entry
from driehoek_app.core.bodies import Body
from driehoek_app.core.demo_dates import stamp
from driehoek_app.core.demo_meetings import Outcome
from driehoek_app.core.demo_texts import DEMO_MARK
from driehoek_app.core.interventions import Intervention, add_intervention, add_result
from driehoek_app.core.ondermijning_schema import BETROUWBAARHEDEN, MIN_YEAR, TRENDS
from driehoek_app.core.ondermijningsbeeld import create_beeld, find_beeld
from driehoek_app.core.signals import Signal, add_signal

COUNTS = ("beelden", "signals", "interventions", "links")


@dataclass(frozen=True)
class _Assessment:
    """How one phenomenon stands in a basisteam in one year."""

    ernst: int
    omvang: int
    betrouwbaarheid: str
    narrative: int
    wijken: tuple[str, ...]
    sectors: tuple[str, ...]


def _clamp(score: int) -> int:
    """Return a score kept within 1-5."""
    return max(1, min(5, score))


class BeeldGenerator:
    """Writes the demo beelden of the basisteams, inside the caller's transaction."""

    def __init__(
        self, db: sqlite_utils.Database, seed: int, today: dt.date, outcomes: Sequence[Outcome]
    ) -> None:
        """Prepare the generator; outcomes are the demo meetings' ondermijning items."""
        self.db = db
        self.seed = seed
        self.today = today
        self.counts = dict.fromkeys(COUNTS, 0)
        self.outcomes: dict[tuple[int, int], list[Outcome]] = {}
        for outcome in outcomes:
            self.outcomes.setdefault((outcome.body_id, outcome.year), []).append(outcome)

    def body(self, body: Body, first_year: int, last_year: int) -> None:
        """Write the beelden of one basisteam for the years; a real beeld is left alone."""
        if body.basisteam_id is None:
            return
        rng = random.Random(f"driehoek-demo-beeld-{self.seed}-{body.code}")
        name = body.basisteam_name or body.name
        state: dict[str, _Assessment] = {}
        for year in range(max(first_year, MIN_YEAR), last_year + 1):
            previous, state = state, self._evolve(rng, name, state)
            if find_beeld(self.db, body.basisteam_id, year) is None:
                self._beeld(rng, body, name, year, state, previous)

    # ----- the phenomena over the years -----

    def _evolve(
        self, rng: random.Random, name: str, state: dict[str, _Assessment]
    ) -> dict[str, _Assessment]:
        """Return this year's phenomena: last year's with moved scores, some gone, some new."""
        if not state:
            profile = texts.PROFILES.get(name, ("hennep", "cocaine", "witwassen", "vastgoed"))
            rest = [p.code for p in texts.PHENOMENA if p.code not in profile]
            chosen = [*profile[:2], rng.choice(profile[2:]), *rng.sample(rest, rng.randint(1, 3))]
            return {code: self._new(rng, code, code in profile) for code in chosen}
        result = {}
        for code, old in state.items():
            if old.ernst <= 2 and rng.random() < 0.3:
                continue  # faded: 'verdwenen' in the comparison
            result[code] = replace(
                old,
                ernst=_clamp(old.ernst + rng.choice((-1, 0, 0, 0, 1))),
                omvang=_clamp(old.omvang + rng.choice((-1, 0, 0, 1))),
                betrouwbaarheid=rng.choice((old.betrouwbaarheid,) * 3 + BETROUWBAARHEDEN),
            )
        absent = [p.code for p in texts.PHENOMENA if p.code not in result]
        if absent and (len(result) < 4 or rng.random() < 0.4):
            code = rng.choice(absent)
            result[code] = self._new(rng, code, False)
        return result

    def _new(self, rng: random.Random, code: str, core: bool) -> _Assessment:
        """Return the first assessment of a phenomenon (a core one of the profile weighs more)."""
        phenomenon = texts.BY_CODE[code]
        return _Assessment(
            ernst=rng.choice((3, 4, 4, 5) if core else (1, 2, 2, 3)),
            omvang=rng.choice((3, 3, 4, 5) if core else (1, 2, 2, 3)),
            betrouwbaarheid=rng.choice(
                ("midden", "midden", "hoog") if core else ("laag", "midden")
            ),
            narrative=rng.randrange(len(phenomenon.narratives)),
            wijken=tuple(rng.sample(texts.WIJKEN, rng.choice((1, 1, 2)))),
            sectors=tuple(rng.sample(phenomenon.sectors, 1)),
        )

    @staticmethod
    def _trend(
        rng: random.Random, now: _Assessment, before: _Assessment | None, first: bool
    ) -> str:
        """Return the trend: from the change since last year; new ones rise; guessed at first."""
        if before is None:
            return rng.choice(TRENDS) if first else "stijgend"
        change = (now.ernst + now.omvang) - (before.ernst + before.omvang)
        return "stijgend" if change > 0 else "dalend" if change < 0 else "stabiel"

    # ----- one beeld -----

    def _beeld(
        self,
        rng: random.Random,
        body: Body,
        name: str,
        year: int,
        state: dict[str, _Assessment],
        previous: dict[str, _Assessment],
    ) -> None:
        """Write the beeld of one basisteam for one year, with its whole content."""
        order = sorted(state, key=lambda code: (-state[code].ernst, -state[code].omvang))
        peildatum = min(dt.date(year, 2, 1), self.today)
        beeld = create_beeld(
            self.db, body.basisteam_id, year,
            title=f"Ondermijningsbeeld {name} {year} {DEMO_MARK}",
            summary=self._summary(name, year, order, previous),
            peildatum=peildatum, made_with=texts.MADE_WITH, classification="vertrouwelijk",
        )  # fmt: skip
        self.db.execute("INSERT INTO demo_beelden (beeld_id) VALUES (?)", [beeld.id])
        self.counts["beelden"] += 1
        entries = {}
        for code in order:
            now, phenomenon = state[code], texts.BY_CODE[code]
            template, least, most = phenomenon.size
            entries[code] = add_entry(
                self.db, beeld.id, code,
                narrative=phenomenon.narratives[now.narrative].format(bt=name, wijk=now.wijken[0]),
                ernst=now.ernst, omvang=now.omvang,
                omvang_toelichting=template.format(n=now.omvang * rng.randint(least, most)),
                trend=self._trend(rng, now, previous.get(code), not previous),
                betrouwbaarheid=now.betrouwbaarheid,
                wijken=list(now.wijken), sectors=list(now.sectors),
            ).id  # fmt: skip
        last_day = min(dt.date(year, 12, 31), self.today)
        signals = self._signals(rng, beeld.id, year, state, last_day)
        interventions = self._interventions(rng, beeld.id, year, state, signals, last_day)
        self._links(rng, body, year, entries, signals, interventions)
        self._stamps(beeld.id, peildatum, signals, interventions)

    def _summary(
        self, name: str, year: int, order: list[str], previous: dict[str, _Assessment]
    ) -> str:
        """Return the summary: the heaviest phenomena and what is new since last year."""
        summary = texts.SUMMARY.format(
            bt=name, jaar=year, zwaarst=" en ".join(texts.BY_CODE[c].name for c in order[:2])
        )
        if not previous:
            return summary
        new = [texts.BY_CODE[code].name for code in order if code not in previous]
        if new:
            return summary + texts.SUMMARY_NEW.format(vorig_jaar=year - 1, nieuw=", ".join(new))
        return summary + texts.SUMMARY_SAME.format(vorig_jaar=year - 1)

    def _signals(
        self,
        rng: random.Random,
        beeld_id: int,
        year: int,
        state: dict[str, _Assessment],
        last_day: dt.date,
    ) -> list[Signal]:
        """Write four to eight signals over the year: older ones weighed, recent ones not yet."""
        first_day = dt.date(year, 1, 1)
        span = (last_day - first_day).days
        days = sorted(first_day + dt.timedelta(days=rng.randint(0, span))
                      for _ in range(rng.randint(4, 8)))  # fmt: skip
        codes = list(state)
        weights = [state[code].ernst + state[code].omvang for code in codes]
        signals = []
        for day in days:
            code = rng.choices(codes, weights)[0] if rng.random() < 0.9 else None
            if code is None:
                source, description = rng.choice(texts.GENERIC_SIGNALS)
                partners: tuple[str, ...] = ("politie", "RIEC")
                wijk = rng.choice(texts.WIJKEN)
            else:
                source, description = rng.choice(texts.BY_CODE[code].signals)
                partners = texts.BY_CODE[code].partners
                wijk = rng.choice(state[code].wijken)
            triage = self._triage(rng, day, partners)
            signals.append(
                add_signal(self.db, beeld_id, day, source, description.format(wijk=wijk), code,
                           **triage)
            )  # fmt: skip
            self.counts["signals"] += 1
        return signals

    def _triage(
        self, rng: random.Random, day: dt.date, partners: tuple[str, ...]
    ) -> dict[str, object]:
        """Return the triage of a signal: mostly weighed after six weeks, else still to weigh."""
        age = (self.today - day).days
        roll = rng.random()
        weighed = min(day + dt.timedelta(days=rng.randint(5, 40)), self.today)
        if roll < (0.7 if age > 45 else 0.2):
            partner = rng.choice(partners)
            return {
                "triage": "gewogen", "partner": partner, "triage_how": texts.TRIAGE_HOW[partner],
                "partner_other": texts.INSPECTIE if partner == "anders" else "",
                "triage_date": weighed,
            }  # fmt: skip
        if age > 45 and roll < 0.85:
            return {"triage": "geen vervolg", "triage_how": rng.choice(texts.NO_FOLLOW_UP),
                    "triage_date": weighed}  # fmt: skip
        return {}

    def _interventions(
        self,
        rng: random.Random,
        beeld_id: int,
        year: int,
        state: dict[str, _Assessment],
        signals: list[Signal],
        last_day: dt.date,
    ) -> list[Intervention]:
        """Write two to four interventions against the heavier phenomena, with their results."""
        pool = [(code, measure) for code in state for measure in texts.BY_CODE[code].measures
                for _ in range(state[code].ernst)]  # fmt: skip
        rng.shuffle(pool)
        chosen = list(dict.fromkeys(pool))[: rng.randint(2, 4)]
        span = (last_day - dt.date(year, 1, 1)).days
        made = []
        for code, measure in chosen:
            start = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, span))
            status = self._status(rng, year, start)
            end = None
            if status in ("afgerond", "gestopt"):
                end = max(start, min(start + dt.timedelta(days=rng.randint(14, 180)), self.today))
            weighed = [s.id for s in signals
                       if s.phenomenon_code == code and s.triage == "gewogen"][:2]  # fmt: skip
            result_text = {"afgerond": measure.result_text, "gestopt": texts.STOPPED}
            intervention = add_intervention(
                self.db, beeld_id, measure.kind,
                measure.description.format(wijk=rng.choice(state[code].wijken)), measure.partner,
                partner_other=measure.partner_other, status=status, start_date=start,
                end_date=end, result_text=result_text.get(status, ""), signals=weighed,
                phenomena=[code],
            )  # fmt: skip
            specs = {"afgerond": measure.results, "lopend": measure.results[:1]}
            for kind, least, most, low, high, note in specs.get(status, ()):
                amount = None
                if high:
                    amount = rng.randint(low, high) * 100 + rng.choice((0, 0, 0, 50, 95))
                add_result(self.db, intervention.id, kind, rng.randint(least, most), amount, note)
            made.append(intervention)
            self.counts["interventions"] += 1
        return made

    def _status(self, rng: random.Random, year: int, start: dt.date) -> str:
        """Return the status of an intervention: older ones mostly afgerond."""
        roll = rng.random()
        if year < self.today.year or (self.today - start).days > 120:
            return "afgerond" if roll < 0.7 else "gestopt" if roll < 0.8 else "lopend"
        if (self.today - start).days < 30:
            return "in voorbereiding" if roll < 0.5 else "lopend"
        return "afgerond" if roll < 0.4 else "lopend"

    # ----- links to the meetings, and the stamps -----

    def _links(
        self,
        rng: random.Random,
        body: Body,
        year: int,
        entries: dict[str, int],
        signals: list[Signal],
        interventions: list[Intervention],
    ) -> None:
        """Link the beeld to a few demo items, decisions and actions of its basisteam's year."""
        outcomes = self.outcomes.get((body.id, year), [])
        presented = [o for o in outcomes if o.kind == "item" and o.ondermijningsbeeld]
        if presented:  # the meeting that discussed the beeld: pull in its heaviest phenomena
            links = pull_into_item(self.db, presented[0].id, list(entries.values())[:2])
            self.counts["links"] += len(links)
        heaviest = next(iter(entries))
        decisions = {o.id: o.phenomena[0] for o in outcomes if o.kind == "decision"
                     and o.phenomena[0] in entries and not o.ondermijningsbeeld}  # fmt: skip
        decisions.update({o.id: heaviest for o in outcomes
                          if o.kind == "decision" and o.ondermijningsbeeld})  # fmt: skip
        for decision_id in rng.sample(sorted(decisions), min(2, len(decisions))):
            self._link("phenomenon", entries[decisions[decision_id]], "decision", decision_id)
        for intervention in interventions:
            code = intervention.phenomenon_codes[0]
            owners = texts.PARTNER_OWNERS[intervention.partner]
            actions = [o for o in outcomes if o.kind == "action" and code in o.phenomena
                       and o.owner in owners]  # fmt: skip
            if actions and rng.random() < 0.7:
                self._link("intervention", intervention.id, "action", rng.choice(actions).id)
        weighed = [s for s in signals if s.triage == "gewogen" and s.phenomenon_code]
        for signal in weighed[:1]:
            items = [o for o in outcomes if o.kind == "item" and not o.ondermijningsbeeld
                     and signal.phenomenon_code in o.phenomena]  # fmt: skip
            if items:
                self._link("signal", signal.id, "item", rng.choice(items).id)

    def _link(self, owner_kind: str, owner_id: int, target_kind: str, target_id: int) -> None:
        """Write one link through the service and count it."""
        link(self.db, owner_kind, owner_id, target_kind, target_id)
        self.counts["links"] += 1

    def _moment(self, day: dt.date) -> str:
        """Return the stamp of a working moment on a day (in the morning when it is today)."""
        return stamp(day, "08:30" if day >= self.today else "16:30")

    def _stamps(
        self,
        beeld_id: int,
        peildatum: dt.date,
        signals: list[Signal],
        interventions: list[Intervention],
    ) -> None:
        """Give the beeld's rows the fictional dates instead of the wall clock the services used."""
        days = [dt.date.fromisoformat(s.date) for s in signals]
        for signal, day in zip(signals, days, strict=True):
            self.db.execute("UPDATE signals SET created_at = ? WHERE id = ?",
                            [self._moment(day), signal.id])  # fmt: skip
        for intervention in interventions:
            start = dt.date.fromisoformat(intervention.start_date or peildatum.isoformat())
            end = dt.date.fromisoformat(intervention.end_date or start.isoformat())
            days.append(end)
            self.db.execute(
                "UPDATE interventions SET created_at = ?, updated_at = ? WHERE id = ?",
                [self._moment(start), self._moment(end), intervention.id],
            )
        changed = self._moment(max([peildatum, *days]))
        self.db.execute(
            "UPDATE beelden SET created_at = ?, updated_at = ? WHERE id = ?",
            [self._moment(peildatum), changed, beeld_id],
        )
        self.db.execute(
            """UPDATE beeld_links SET created_at = :changed WHERE entry_id IN (
                   SELECT id FROM beeld_phenomena WHERE beeld_id = :beeld)
               OR signal_id IN (SELECT id FROM signals WHERE beeld_id = :beeld)
               OR intervention_id IN (SELECT id FROM interventions WHERE beeld_id = :beeld)""",
            {"beeld": beeld_id, "changed": changed},
        )
