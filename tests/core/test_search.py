"""Full-text search: safe for any input, accent-insensitive, prefix while typing, always in step."""

import random

import pytest
import sqlite_utils
from meeting_helpers import body, new_meeting

from driehoek_app.core.actions import add_action, update_action
from driehoek_app.core.agenda import (
    add_item,
    delete_item,
    list_items,
    move_item_to_meeting,
    update_item,
)
from driehoek_app.core.approval import approve_meeting, start_correction
from driehoek_app.core.attachments import add_attachment, rename_attachment
from driehoek_app.core.db import open_database
from driehoek_app.core.decisions import add_decision, delete_decision, update_decision
from driehoek_app.core.meeting_exchange import export_meeting, import_meeting
from driehoek_app.core.meetings import delete_meeting
from driehoek_app.core.migrations import MIGRATIONS
from driehoek_app.core.search import (
    KINDS,
    SNIPPET_END,
    SNIPPET_START,
    build_match,
    render_snippet,
    search,
    search_kind,
    snippet_parts,
)
from driehoek_app.core.search_index import rebuild_search_index, search_index_problems

NASTY_QUERIES = [
    "", " ", "\t\n", '"', '""', "'", "-", "--", "a-b", "-a", "a -b", "*", "**", "a*", "*a",
    "AND", "OR", "NOT", "a AND", "OR b", "a OR", "NOT a", "NEAR", "NEAR(a b)", "NEAR(a b, 2)",
    "(", ")", "()", "(a", "a)", "a:b", ":", "title:a", "{title}: a", "^a", "a^", "+a", "a+b",
    "a\\b", "\\", "%", "_", "a%b_c", "\x00", "\x02a\x03", "😀", "ĳs", "é", "e\u0301", "ä ö ü",
    "שלום", "日本語", "'; DROP TABLE decisions; --", '"unterminated', "a\"b\"c", "a'b",
    "x" * 5000, " ".join(["woord"] * 500), "1", "2026", "HLM-2026-014", "...", "…", "\u200b",
]  # fmt: skip
ALPHABET = [
    *"\"'*-+()[]{}:^~\\/%_.,;!?@#&|<> \t\n",
    *("AND", "OR", "NOT", "NEAR", "é", "ï", "a", "b", "hennep", "😀", "\x00"),
]


@pytest.fixture
def db(fresh_db):
    """A migrated database with the bodies and the standard agenda template."""
    return fresh_db


@pytest.fixture
def haarlem(db):
    """A Haarlem meeting whose theme item holds minutes, a decision, an action and a file."""
    meeting = new_meeting(db, "2026-03-12")
    item = list_items(db, meeting.id)[4]
    update_item(
        db, item.id, description="Toelichting over het hennepconvenant in de wijk.",
        minutes="De teamchef meldt een toename van cocaïnesmokkel in de haven.",
    )  # fmt: skip
    decision = add_decision(db, item.id, "De driehoek stemt in met verlenging van het convenant.")
    action = add_action(db, item.id, "Plan van aanpak drugsafval opstellen", "Teamchef",
                        "2026-04-01", remark="Afstemmen met de RIEC-partners")  # fmt: skip
    attachment = add_attachment(db, item.id, "Ondermijningsbeeld Haarlem.pdf", b"%PDF-1.4")
    return meeting, item, decision, action, attachment


def kinds_found(db, query: str) -> dict[str, int]:
    """Return the total number of hits per kind for a query."""
    return {group.kind: group.total for group in search(db, query).groups}


# ----- any input is safe -----------------------------------------------------------------


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_nasty_input_never_raises(db, haarlem, query):
    results = search(db, query, limit=5)
    assert results.total >= 0
    for kind in KINDS:
        search_kind(db, query, kind, limit=2)
    for order in ("newest", "relevance"):
        search(db, query, order=order, prefix="all")


def test_random_nasty_input_never_raises(db, haarlem):
    rng = random.Random(20260312)
    for _ in range(400):
        query = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        for prefix in ("last", "all", "none"):
            match = build_match(query, prefix)
            assert match is None or match.count('"') % 2 == 0
            search(db, query, prefix=prefix, limit=3)


def test_operators_and_punctuation_are_plain_text(db, haarlem):
    _, item, *_ = haarlem
    update_item(db, item.id, minutes='Afspraak: NOT doen en OR-code (zie bijlage) "letterlijk".')
    assert kinds_found(db, "NOT") == {"notulen": 1}
    assert kinds_found(db, "OR-code") == {"notulen": 1}
    assert kinds_found(db, '"letterlijk') == {"notulen": 1}
    assert kinds_found(db, "(zie") == {"notulen": 1}
    assert kinds_found(db, "Afspraak:") == {"notulen": 1}


def test_input_without_words_finds_nothing(db, haarlem):
    for query in ("", "   ", "*", '"()"', "-", "😀"):
        results = search(db, query)
        assert (results.match, results.groups, results.total) == (None, (), 0)


# ----- finding ---------------------------------------------------------------------------


def test_every_kind_of_text_is_found_with_its_place(db, haarlem):
    meeting, item, decision, action, attachment = haarlem
    expectations = {
        "hennepconvenant": "agendapunt",
        "cocaïnesmokkel": "notulen",
        "verlenging": "besluit",
        "drugsafval": "actie",
        "RIEC-partners": "actie",
        "ondermijningsbeeld": "bijlage",
    }
    for query, kind in expectations.items():
        results = search(db, query)
        assert [g.kind for g in results.groups] == [kind], query
        hit = results.hits[0]
        assert (hit.meeting_id, hit.item_id, hit.date) == (meeting.id, item.id, "2026-03-12")
        assert (hit.basisteam, hit.body_code, hit.item_number) == ("Haarlem", "HLM", 5)
    assert search(db, "verlenging").hits[0].label == decision.number
    assert search(db, "drugsafval").hits[0].ref_id == action.id
    assert search(db, "drugsafval").hits[0].action_status == "open"
    assert search(db, "ondermijningsbeeld").hits[0].label == attachment.name


def test_title_of_an_agenda_item_is_found(db, haarlem):
    assert kinds_found(db, "ondermijning") == {"agendapunt": 1, "bijlage": 1}


def test_accents_and_case_do_not_matter(db, haarlem):
    assert kinds_found(db, "cocaine") == {"notulen": 1}
    assert kinds_found(db, "COCAÏNESMOKKEL") == {"notulen": 1}
    assert kinds_found(db, "Cocaïnesmokkel haven") == {"notulen": 1}


def test_prefix_while_typing(db, haarlem):
    assert kinds_found(db, "henne") == {"agendapunt": 1}
    assert kinds_found(db, "hennepconv") == {"agendapunt": 1}
    assert kinds_found(
        db,
        "henne",
    ) == kinds_found(db, "hennepconvenant")
    assert search(db, "henne", prefix="none").total == 0


def test_all_words_must_occur(db, haarlem):
    assert kinds_found(db, "cocaïnesmokkel haven") == {"notulen": 1}
    assert kinds_found(db, "cocaïnesmokkel fietsen") == {}


def test_snippet_highlights_the_match_and_is_safe_to_render(db, haarlem):
    hit = search(db, "cocaine").hits[0]
    assert SNIPPET_START in hit.snippet and SNIPPET_END in hit.snippet
    assert ("cocaïnesmokkel", True) in hit.parts()
    assert render_snippet(hit.snippet) == (
        "De teamchef meldt een toename van [cocaïnesmokkel] in de haven."
    )
    assert snippet_parts("a\x02b\x03c") == [("a", False), ("b", True), ("c", False)]


def test_snippets_are_one_line(db, haarlem):
    _, item, *_ = haarlem
    update_item(db, item.id, minutes="Eerste regel\nTweede\tregel\r\nderde regel met hennep")
    hit = search(db, "hennep", kinds=["notulen"]).hits[0]
    assert render_snippet(hit.snippet) == "Eerste regel Tweede regel derde regel met [hennep]"


def test_marker_characters_in_user_text_are_stored_exactly_but_never_confuse_snippets(db, haarlem):
    _, item, *_ = haarlem
    text = "Begin \x02nep\x03 midden hennep einde"
    update_item(db, item.id, minutes=text)
    assert db.execute("SELECT minutes FROM agenda_items WHERE id = ?", [item.id]).fetchone() == (
        text,
    )
    hit = search(db, "hennep", kinds=["notulen"]).hits[0]
    assert [part for part in hit.parts() if part[1]] == [("hennep", True)]
    assert hit.snippet.count(SNIPPET_START) == hit.snippet.count(SNIPPET_END) == 1


def test_results_are_grouped_in_kind_order_with_totals_and_pages(db):
    meeting = new_meeting(db, "2026-01-15")
    item = list_items(db, meeting.id)[4]
    for number in range(7):
        add_decision(db, item.id, f"Besluit {number} over de jaarwisseling.")
    add_action(db, item.id, "Draaiboek jaarwisseling evalueren")
    update_item(db, item.id, minutes="De jaarwisseling verliep rustig.")
    results = search(db, "jaarwisseling", limit=3)
    assert [(g.kind, g.total, len(g.hits)) for g in results.groups] == [
        ("notulen", 1, 1), ("besluit", 7, 3), ("actie", 1, 1),
    ]  # fmt: skip
    assert results.groups[1].label == "Besluiten"
    page = search_kind(db, "jaarwisseling", "besluit", offset=3, limit=3)
    assert page.total == 7 and len(page.hits) == 3
    first = [h.ref_id for h in results.groups[1].hits]
    assert not set(first) & {h.ref_id for h in page.hits}
    assert search(db, "jaarwisseling", kinds=["actie"]).hits[0].kind == "actie"


def test_newest_first_or_by_relevance(db):
    old = new_meeting(db, "2024-05-01")
    new = new_meeting(db, "2026-05-01")
    add_decision(db, list_items(db, old.id)[4].id, "Hennep hennep hennep: drie keer hennep.")
    add_decision(db, list_items(db, new.id)[4].id, "Een lange tekst die ook over hennep gaat, "
                 "naast vele andere onderwerpen zoals cybercrime en jeugdoverlast.")  # fmt: skip
    newest = search(db, "hennep", kinds=["besluit"])
    assert [h.meeting_id for h in newest.hits] == [new.id, old.id]
    relevant = search(db, "hennep", kinds=["besluit"], order="relevance")
    assert [h.meeting_id for h in relevant.hits] == [old.id, new.id]


def test_filter_by_body(db):
    for code in ("HLM", "ZST"):
        meeting = new_meeting(db, "2026-02-02", code)
        add_decision(db, list_items(db, meeting.id)[4].id, "Hennepconvenant verlengd.")
    zaanstad = body(db, "ZST").id
    results = search(db, "hennepconvenant", body_ids=[zaanstad])
    assert [h.basisteam for h in results.hits] == ["Zaanstad"]


def test_confidential_items_are_found_and_marked(db):
    meeting = new_meeting(db, "2026-02-02")
    add_item(db, meeting.id, "Casuïstiek", confidential=True, minutes="Casus over drugsoverlast.")
    hit = search(db, "drugsoverlast").hits[0]
    assert hit.confidential is True and hit.classification == "vertrouwelijk"


# ----- the index stays in step ----------------------------------------------------------


def test_a_changed_decision_is_found_by_its_new_text_not_its_old(db, haarlem):
    _, _, decision, _, _ = haarlem
    update_decision(db, decision.id, "De driehoek wijst het voorstel voor cameratoezicht af.")
    assert kinds_found(db, "verlenging") == {}
    assert kinds_found(db, "cameratoezicht") == {"besluit": 1}
    assert search_index_problems(db) == []


def test_every_edit_keeps_the_index_in_step(db, haarlem):
    meeting, item, decision, action, attachment = haarlem
    update_item(db, item.id, title="Drugsoverlast centrum", minutes="")
    update_action(db, action.id, text="Cameraplan opstellen", remark="Met de gemeente")
    rename_attachment(db, attachment.id, "Cameraplan.docx")
    assert kinds_found(db, "drugsoverlast") == {"agendapunt": 1}
    assert kinds_found(db, "cocaïnesmokkel") == {}
    assert kinds_found(db, "cameraplan") == {"actie": 1, "bijlage": 1}
    assert kinds_found(db, "RIEC") == {}
    delete_decision(db, decision.id)
    assert kinds_found(db, "verlenging") == {}
    other = new_meeting(db, "2026-04-09")
    spare = add_item(db, meeting.id, "Verplaatsbaar punt over zwerfvuil")
    move_item_to_meeting(db, spare.id, other.id)
    assert search(db, "zwerfvuil").hits[0].meeting_id == other.id
    assert search_index_problems(db) == []
    delete_item(db, item.id)
    assert kinds_found(db, "cameraplan") == {}
    assert search_index_problems(db) == []


def test_deleting_a_meeting_removes_everything_of_it_from_the_index(db, haarlem):
    meeting, *_ = haarlem
    delete_meeting(db, meeting.id)
    for query in ("hennepconvenant", "cocaine", "verlenging", "drugsafval", "ondermijningsbeeld"):
        assert search(db, query).total == 0, query
    assert search_index_problems(db) == []


def test_import_approval_and_correction_keep_the_index_in_step(db, haarlem):
    meeting, *_ = haarlem
    data = export_meeting(db, meeting.id)
    data["date"] = "2026-05-05"
    for entry in data["items"]:
        for decision in entry["decisions"]:
            decision.pop("number")
    copy = import_meeting(db, data)
    assert {h.meeting_id for h in search(db, "verlenging").hits} == {meeting.id, copy.id}
    approve_meeting(db, meeting.id, "2026-03-20")
    start_correction(db, meeting.id, "Typfout")
    assert search_index_problems(db) == []


def test_direct_sql_and_replace_are_covered_by_the_triggers(db, haarlem):
    _, _, decision, _, attachment = haarlem
    db.execute("UPDATE decisions SET text = 'Rechtstreeks gewijzigd' WHERE id = ?", [decision.id])
    db.execute(
        "INSERT OR REPLACE INTO attachments (id, item_id, name, media_type, size, data, added_at)"
        " SELECT id, item_id, 'Vervangen notitie.txt', media_type, size, data, added_at"
        " FROM attachments WHERE id = ?",
        [attachment.id],
    )
    assert kinds_found(db, "rechtstreeks") == {"besluit": 1}
    assert kinds_found(db, "vervangen") == {"bijlage": 1}
    assert kinds_found(db, "ondermijningsbeeld") == {}
    assert search_index_problems(db) == []


def test_rebuild_after_damage_to_the_index(db, haarlem):
    db.execute("DELETE FROM search_besluit")
    assert search_index_problems(db) == [
        "De zoekindex voor besluit wijkt op 1 plaatsen af van de gegevens."
    ]
    rebuild_search_index(db)
    assert search_index_problems(db) == []
    assert kinds_found(db, "verlenging") == {"besluit": 1}


def test_the_migration_indexes_meetings_made_before_it(tmp_path):
    from driehoek_app.core.db import apply_pragmas

    db = sqlite_utils.Database(tmp_path / "oud.sqlite3")
    apply_pragmas(db)
    MIGRATIONS.apply(db, stop_before="0004_search")
    meeting = new_meeting(db, "2025-10-10")
    add_decision(db, list_items(db, meeting.id)[4].id, "Besluit over het hennepconvenant.")
    MIGRATIONS.apply(db)
    assert kinds_found(db, "henne") == {"besluit": 1}
    assert search_index_problems(db) == []


def test_a_restored_copy_searches_and_stays_in_step(tmp_path, db, haarlem):
    _, _, decision, *_ = haarlem
    copy_path = tmp_path / "kopie.sqlite3"
    db.execute(f"VACUUM INTO '{copy_path}'")
    restored = open_database(copy_path)
    try:
        assert kinds_found(restored, "verlenging") == {"besluit": 1}
        update_decision(restored, decision.id, "Na herstel gewijzigd.")
        assert kinds_found(restored, "herstel") == {"besluit": 1}
        assert kinds_found(restored, "verlenging") == {}
        assert search_index_problems(restored) == []
    finally:
        restored.close()


def test_the_tokenizer_folds_accents_and_never_stems(db):
    sql = "SELECT sql FROM sqlite_master WHERE name = 'search_notulen'"
    definition = db.execute(sql).fetchone()[0]
    assert "unicode61 remove_diacritics 2" in definition and "porter" not in definition
