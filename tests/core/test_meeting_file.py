"""The meeting file: round trip, the issue's example, every kind of bad input, atomic writing."""

import base64
import json
import os
import re
from pathlib import Path

import pytest
from meeting_helpers import NASTY_TEXT, body, new_meeting, people

from driehoek_app.core import meeting_file_io
from driehoek_app.core.actions import add_action, update_action
from driehoek_app.core.agenda import add_item, list_items, update_item
from driehoek_app.core.approval import approve_meeting, start_correction
from driehoek_app.core.attachments import add_attachment
from driehoek_app.core.attendance import set_attendance
from driehoek_app.core.db import open_database
from driehoek_app.core.decisions import add_decision, delete_decision
from driehoek_app.core.errors import DriehoekError, ExportError
from driehoek_app.core.meeting_exchange import (
    export_meeting,
    export_meeting_file,
    import_meeting,
    import_meeting_file,
)
from driehoek_app.core.meeting_file import MeetingFileError
from driehoek_app.core.meeting_file_io import read_meeting_file, write_meeting_file
from driehoek_app.core.meetings import delete_meeting, get_meeting, update_meeting
from driehoek_app.core.people import create_person

ISSUE_EXAMPLE = """
{"basisteam": "Haarlem", "date": "2026-12-03", "start": "09:00", "end": "10:30",
 "location": "Stadhuis", "classification": "vertrouwelijk",
 "attendees": [{"name": "A. de Vries", "role": "burgemeester", "organisation": "Gemeente Haarlem", "present": true}],
 "items": [{"title": "Ondermijningsbeeld", "themes": ["ondermijning"], "presenter": "Teamchef",
            "duration_min": 20, "confidential": false, "minutes": "Vrije tekst,\\nmet regels.",
            "decisions": ["De driehoek stemt in met ..."],
            "actions": [{"text": "Plan van aanpak opstellen", "owner": "Teamchef", "due": "2027-01-15"}]}]}
"""  # noqa: E501
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "meeting-file.schema.json"


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


@pytest.fixture
def other_db(tmp_path):
    """A second, independent database (another secretary's computer)."""
    database = open_database(tmp_path / "ander.sqlite3")
    yield database
    database.close()


def _rich_meeting(db):
    """A meeting using every field of the file, with hostile text everywhere."""
    cast = people(db)
    meeting = new_meeting(db, location=NASTY_TEXT, chair_id=cast["burgemeester"].id)
    guest = create_person(db, "E. Smit 😀", "gast", "RIEC", "e.smit@example.org")
    set_attendance(db, meeting.id, cast["burgemeester"].id)
    set_attendance(db, meeting.id, cast["ovj"].id, "afwezig met kennisgeving")
    set_attendance(db, meeting.id, cast["teamchef"].id, "afwezig")
    set_attendance(db, meeting.id, guest.id, role="gast")
    item = list_items(db, meeting.id)[4]
    update_item(db, item.id, minutes=(NASTY_TEXT * 20_000)[:1_000_000], labels=["Bibob", "ĳs"],
                description=NASTY_TEXT, presenter="Teamchef", confidential=True)  # fmt: skip
    delete_decision(db, add_decision(db, item.id, "ingetrokken").id)
    add_decision(db, item.id, NASTY_TEXT)
    add_action(db, item.id, NASTY_TEXT, "Teamchef", "2027-01-15", remark="opmerking\n2")
    add_action(db, item.id, "Vervallen actie", status="vervallen")
    add_item(db, meeting.id, "Zonder tijd", themes=["cybercrime", "ondermijning"])
    add_attachment(db, item.id, "bijlage <1>.bin", bytes(range(256)))
    return meeting


def test_export_then_import_in_another_database_gives_an_equal_meeting(db, other_db, tmp_path):
    meeting = _rich_meeting(db)
    path = export_meeting_file(db, meeting.id, tmp_path / "vergadering.json")
    imported = import_meeting_file(other_db, path)
    assert export_meeting(other_db, imported.id) == export_meeting(db, meeting.id)
    assert json.loads(path.read_text(encoding="utf-8"))["items"][4]["decisions"] == [
        {"number": "HLM-2026-002", "text": NASTY_TEXT}
    ]
    assert "😀 ĳsvrij שלום עולם" in path.read_text(encoding="utf-8")  # not \\u-escaped


def test_round_trip_in_the_same_database_after_deleting_the_original(db, tmp_path):
    meeting = _rich_meeting(db)
    exported = export_meeting(db, meeting.id)
    assert delete_meeting(db, meeting.id) == exported  # what the GUI keeps for undo
    imported = import_meeting(db, exported)
    assert export_meeting(db, imported.id) == exported


def test_round_trip_of_a_corrected_vastgesteld_meeting(db, other_db):
    meeting = new_meeting(db)
    approve_meeting(db, meeting.id, "2027-01-10")
    start_correction(db, meeting.id, "Spelfout")
    approve_meeting(db, meeting.id, "2027-02-10")
    exported = export_meeting(db, meeting.id)
    assert (exported["status"], exported["version"], exported["approved_on"]) == (
        "vastgesteld", 2, "2027-02-10",
    )  # fmt: skip
    imported = import_meeting(other_db, exported)
    assert imported.is_read_only
    assert export_meeting(other_db, imported.id) == exported


def test_the_example_from_the_issue_imports(db):
    meeting = import_meeting(db, json.loads(ISSUE_EXAMPLE))
    exported = export_meeting(db, meeting.id)
    assert exported["basisteam"] == "Haarlem" and exported["attendees"][0]["present"] is True
    item = exported["items"][0]
    assert item["minutes"] == "Vrije tekst,\nmet regels."
    assert item["decisions"] == [{"number": "HLM-2026-001", "text": "De driehoek stemt in met ..."}]
    assert item["actions"][0]["due"] == "2027-01-15" and item["actions"][0]["status"] == "open"


@pytest.mark.parametrize(
    "name", ["haarlem", "HAARLEM", "Basisteam Haarlem", "basisteam  haarlem ", "Háárlem"]
)
def test_basisteam_names_match_without_case_or_accents(db, name):
    meeting = import_meeting(db, _example(basisteam=name))
    assert get_meeting(db, meeting.id).body_code == "HLM"
    assert export_meeting(db, meeting.id)["basisteam"] == "Haarlem"


def test_basisteams_with_capitals_inside_match_too(db):
    assert get_meeting(db, import_meeting(db, _example(basisteam="ijmond")).id).body_code == "IJM"
    kust = import_meeting(db, _example(basisteam="kennemer kust"))
    assert get_meeting(db, kust.id).body_code == "KMK"


def test_dates_at_the_edges_of_the_range_are_accepted(db):
    meeting = import_meeting(
        db, _example(date="1990-01-01", items__0__actions__0__due="2100-12-31")
    )
    assert export_meeting(db, meeting.id)["items"][0]["actions"][0]["due"] == "2100-12-31"


def test_attendees_are_matched_by_name_and_organisation(db):
    existing = create_person(db, "A. de Vries", "burgemeester", "Gemeente Haarlem")
    meeting = import_meeting(db, json.loads(ISSUE_EXAMPLE))
    assert get_meeting(db, meeting.id).body_code == "HLM"
    assert db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 1
    assert export_meeting(db, meeting.id)["attendees"][0]["name"] == existing.name


def test_duplicate_import_is_refused_unless_allowed(db):
    first = import_meeting(db, json.loads(ISSUE_EXAMPLE))
    exported = export_meeting(db, first.id)
    with pytest.raises(MeetingFileError, match=r"Er bestaat al een vergadering .* --allow-dupl"):
        import_meeting(db, exported)
    second = import_meeting(db, exported, allow_duplicate=True)
    assert export_meeting(db, second.id)["items"][0]["decisions"][0]["number"] == "HLM-2026-002"


def _example(**changes):
    """Return the issue's example with changes applied by dotted path."""
    data = json.loads(ISSUE_EXAMPLE)
    data["items"] = data["items"] * 4
    data["items"] = json.loads(json.dumps(data["items"]))
    for path, value in changes.items():
        target = data
        keys = [int(k) if k.isdigit() else k for k in path.split("__")]
        for key in keys[:-1]:
            target = target[key]
        if value is KeyError:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value
    return data


BAD_INPUTS = {
    "due_date": (
        _example(items__3__actions__0__due="15-01-2027"),
        "items[3].actions[0].due: geen geldige datum",
    ),
    "unknown_basisteam": (
        _example(basisteam="Amsterdam"),
        "basisteam: onbekend basisteam 'Amsterdam'; geldig zijn: Den Helder, Alkmaar",
    ),
    "unknown_theme": (
        _example(items__2__themes=["ondermijning", "drugs"]),
        "items[2].themes[1]: onbekend thema 'drugs'; geldig zijn: ondermijning, zorg-en-veiligheid",
    ),
    "top_level_list": ([], "bestand: verwacht een object"),
    "missing_date": (_example(date=KeyError), "date: ontbreekt"),
    "date_as_number": (_example(date=20261203), "date: geen geldige datum"),
    "impossible_date": (_example(date="2026-02-30"), "date: geen geldige datum"),
    "bad_time": (_example(start="9 uur"), "start: geen geldige tijd"),
    "end_before_start": (_example(end="08:00"), "end: 08:00 ligt niet na de begintijd 09:00"),
    "no_body": (_example(basisteam=KeyError), "geef precies één van 'basisteam' en 'body'"),
    "unknown_body": (_example(basisteam=KeyError, body="XYZ"), "body: onbekende overlegcode 'XYZ'"),
    "classification": (_example(classification="geheim"), "classification: 'geheim' is geen"),
    "items_not_list": (_example(items={"title": "x"}), "items: verwacht een lijst"),
    "item_not_object": (_example(items=["Opening"]), "items[0]: verwacht een object"),
    "unknown_key": (_example(items__1__titel="x"), "items[1].titel: onbekend veld"),
    "title_missing": (_example(items__0__title=KeyError), "items[0].title: ontbreekt"),
    "title_empty": (_example(items__0__title="  "), "items[0].title: mag niet leeg zijn"),
    "title_number": (_example(items__0__title=12), "items[0].title: moet tekst zijn"),
    "present_text": (_example(attendees__0__present="ja"), "attendees[0].present: moet waar"),
    "role": (_example(attendees__0__role="wethouder"), "attendees[0].role: 'wethouder' is geen"),
    "attendance_conflict": (
        _example(attendees__0__attendance="afwezig"),
        "attendees[0].attendance: 'afwezig' spreekt 'present' tegen",
    ),
    "duration": (_example(items__1__duration_min=-5), "items[1].duration_min: moet een geheel"),
    "duration_text": (_example(items__1__duration_min="20"), "items[1].duration_min: moet een"),
    "confidential": (_example(items__1__confidential="nee"), "items[1].confidential: moet waar"),
    "huge_text": (
        _example(items__2__minutes="x" * 2_000_001),
        "items[2].minutes: de tekst is te lang",
    ),
    "decision_type": (
        _example(items__0__decisions=[42]),
        'items[0].decisions[0]: verwacht een tekst (of een object met "text"',
    ),
    "decision_list": (
        _example(items__0__decisions=[["a"]]),
        "items[0].decisions[0]: verwacht een tekst",
    ),
    "date_year_one": (_example(date="0001-01-01"), "date: 0001-01-01 ligt buiten 1990-2100"),
    "date_far_future": (_example(date="2101-01-01"), "date: 2101-01-01 ligt buiten 1990-2100"),
    "due_year_one": (
        _example(items__3__actions__0__due="0001-01-01"),
        "items[3].actions[0].due: 0001-01-01 ligt buiten 1990-2100",
    ),
    "approved_far_future": (
        _example(status="vastgesteld", approved_on="9999-12-31"),
        "approved_on: 9999-12-31 ligt buiten 1990-2100",
    ),
    "decision_empty": (_example(items__0__decisions=[""]), "items[0].decisions[0]: mag niet leeg"),
    "decision_number_other_body": (
        _example(items__0__decisions=[{"number": "ZST-2026-001", "text": "x"}]),
        "items[0].decisions[0].number: 'ZST-2026-001' is geen besluitnummer van "
        "Basisteamdriehoek Haarlem",
    ),
    "decision_number_twice": (
        _example(
            items__0__decisions=[{"number": "HLM-2026-009", "text": "x"}],
            items__1__decisions=[{"number": "HLM-2026-009", "text": "y"}],
        ),
        "items[1].decisions[0].number: HLM-2026-009 staat ook in items[0].decisions[0]",
    ),
    "action_status": (
        _example(items__0__actions__0__status="klaar"),
        "items[0].actions[0].status: 'klaar' is geen geldige keuze",
    ),
    "action_text_missing": (
        _example(items__0__actions=[{"owner": "x"}]),
        "items[0].actions[0].text: ontbreekt",
    ),
    "attachment_base64": (
        _example(items__0__attachments=[{"name": "a.txt", "data": "@@@"}]),
        "items[0].attachments[0].data: geen geldige base64-tekst",
    ),
    "attachment_size": (
        _example(items__0__attachments=[{"name": "a.txt", "data": "YQ==", "size": 5}]),
        "items[0].attachments[0].size: 5 klopt niet met de inhoud (1 bytes)",
    ),
    "chair_unknown": (_example(chair="Z. Onbekend"), "chair: 'Z. Onbekend' komt niet voor"),
    "approved_without_date": (_example(status="vastgesteld"), "approved_on: ontbreekt"),
    "approved_before_meeting": (
        _example(status="vastgesteld", approved_on="2026-01-01"),
        "approved_on: Datum van vaststelling: 1 januari 2026 ligt vóór de vergadering zelf",
    ),
    "version": (_example(version=0), "version: moet een geheel getal vanaf 1 zijn"),
    "format_version": (_example(format_version=2), "format_version: versie 2 wordt niet"),
    "duplicate_attendee": (
        _example(attendees=[{"name": "A", "role": "gast"}, {"name": "A", "role": "teamchef"}]),
        "attendees[1]: staat ook al in attendees[0]",
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_names_the_place_and_writes_nothing(db, case):
    data, message = BAD_INPUTS[case]
    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("meetings", "people", "agenda_items", "decision_counters")}  # fmt: skip
    with pytest.raises(DriehoekError) as raised:
        import_meeting(db, data)
    assert message in raised.value.message
    assert raised.value.message.endswith(".")
    assert counts == {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts}


def test_a_number_in_use_is_refused_and_nothing_is_written(db):
    meeting = new_meeting(db, "2026-11-01")
    add_decision(db, list_items(db, meeting.id)[0].id, "bestaand")
    data = _example(items__3__decisions=[{"number": "HLM-2026-001", "text": "x"}])
    with pytest.raises(MeetingFileError, match=r"items\[3\]\.decisions\[0\]\.number: .* gebruik"):
        import_meeting(db, data)
    assert db.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is leeg"),
        (b"  \n\t ", "is leeg"),
        (b'{"date": ', "geen geldige JSON (fout op regel 1, kolom 10)"),
        (b"\xff\xfe{}", "geen UTF-8-tekst"),
        (b'{"date": "2026-01-01", "date": "2026-01-02"}', "date: deze sleutel staat twee keer"),
        (b'{"items": [{"duration_min": NaN}]}', "NaN; dat is geen geldige JSON-waarde"),
        (b"[" * 100_000 + b"]" * 100_000, "te diep genest"),
        (b'"een tekst"', "bestand: verwacht een object"),
        (b'{"title": "\\ud800"}', "onbekend veld"),
    ],
)
def test_unreadable_files_get_a_dutch_sentence(db, tmp_path, content, message):
    path = tmp_path / "vergadering.json"
    path.write_bytes(content)
    with pytest.raises(DriehoekError, match=re.escape(message)):
        import_meeting_file(db, path)
    assert db.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 0


def test_lone_surrogates_and_bom_and_missing_files(db, tmp_path):
    data = _example(location="\ud800")
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DriehoekError, match="location: bevat ongeldige tekens"):
        import_meeting_file(db, path)
    path.write_bytes(b"\xef\xbb\xbf" + ISSUE_EXAMPLE.encode())
    assert import_meeting_file(db, path).date == "2026-12-03"
    with pytest.raises(MeetingFileError, match="bestaat niet"):
        read_meeting_file(tmp_path / "weg.json")
    with pytest.raises(MeetingFileError, match="is een map"):
        read_meeting_file(tmp_path)


def test_too_large_file_is_refused_before_reading(db, tmp_path, monkeypatch):
    monkeypatch.setattr(meeting_file_io, "MAX_FILE_BYTES", 100)
    path = tmp_path / "groot.json"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    with pytest.raises(MeetingFileError, match="is te groot"):
        read_meeting_file(path)


def test_writing_is_atomic(db, tmp_path, monkeypatch):
    meeting = new_meeting(db)
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "uit.json"
    path.write_text("oude inhoud", encoding="utf-8")

    def broken_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExportError, match=r"kan niet worden geschreven \(de schijf is vol\)\."):
        export_meeting_file(db, meeting.id, path)
    assert path.read_text(encoding="utf-8") == "oude inhoud"
    assert sorted(p.name for p in folder.iterdir()) == ["uit.json"]
    monkeypatch.undo()
    export_meeting_file(db, meeting.id, path)
    assert json.loads(path.read_text(encoding="utf-8"))["date"] == "2026-12-03"
    with pytest.raises(ExportError, match="bestaat niet"):
        write_meeting_file({}, tmp_path / "geen-map" / "x.json")


def test_attachment_bytes_travel_in_base64(db, other_db):
    meeting = new_meeting(db)
    payload = os.urandom(5000)
    add_attachment(db, list_items(db, meeting.id)[0].id, "scan.pdf", payload)
    exported = export_meeting(db, meeting.id)
    assert base64.b64decode(exported["items"][0]["attachments"][0]["data"]) == payload
    imported = import_meeting(other_db, exported)
    assert (
        export_meeting(other_db, imported.id)["items"][0]["attachments"]
        == (exported["items"][0]["attachments"])
    )


def test_other_bodies_use_their_code(db, other_db):
    from driehoek_app.core.bodies import create_body

    create_body(db, "RBOP Noord-Holland", "RBOP", "rbop")
    create_body(other_db, "RBOP Noord-Holland", "RBOP", "rbop")
    meeting = new_meeting(db, code="RBOP")
    update_meeting(db, meeting.id, classification="openbaar")
    exported = export_meeting(db, meeting.id)
    assert exported["body"] == "RBOP" and "basisteam" not in exported
    assert get_meeting(other_db, import_meeting(other_db, exported).id).body_code == "RBOP"
    assert body(db, "RBOP").kind == "rbop"


def test_closed_action_statuses_travel(db, other_db):
    first = new_meeting(db, "2026-01-10")
    second = new_meeting(db, "2026-02-10")
    action = add_action(db, list_items(db, first.id)[0].id, "Doen")
    update_action(db, action.id, in_meeting_id=second.id, status="afgerond")
    imported = import_meeting(other_db, export_meeting(db, first.id))
    assert export_meeting(other_db, imported.id)["items"][0]["actions"][0]["status"] == "afgerond"


# -- the JSON Schema document ---------------------------------------------------------------


def _validate(instance, schema, root, where="$"):
    """A small validator for the JSON Schema keywords the schema file uses."""
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        _validate(instance, target, root, where)
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            (t == "integer" and isinstance(instance, int) and not isinstance(instance, bool))
            or (t != "integer" and isinstance(instance, kinds[t]))
            for t in types
        )
        assert ok, f"{where}: type {types}"
    if "enum" in schema:
        assert instance in schema["enum"], f"{where}: enum"
    if "const" in schema:
        assert instance == schema["const"], f"{where}: const"
    if "pattern" in schema and isinstance(instance, str):
        assert re.search(schema["pattern"], instance), f"{where}: pattern"
    if "minimum" in schema and isinstance(instance, int):
        assert instance >= schema["minimum"], f"{where}: minimum"
    if "oneOf" in schema:
        passed = 0
        for option in schema["oneOf"]:
            try:
                _validate(instance, option, root, where)
                passed += 1
            except AssertionError:
                pass
        assert passed == 1, f"{where}: oneOf matched {passed}"
    if "not" in schema:
        try:
            _validate(instance, schema["not"], root, where)
        except AssertionError:
            pass
        else:
            raise AssertionError(f"{where}: matches 'not'")
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            assert key in instance, f"{where}.{key}: required"
        properties = schema.get("properties", {})
        for key, value in instance.items():
            if key in properties:
                _validate(value, properties[key], root, f"{where}.{key}")
            else:
                assert schema.get("additionalProperties", True), f"{where}.{key}: not allowed"
    if isinstance(instance, list) and "items" in schema:
        for index, value in enumerate(instance):
            _validate(value, schema["items"], root, f"{where}[{index}]")


def test_schema_file_is_valid_json_and_describes_the_issue_example():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    example = json.loads(ISSUE_EXAMPLE)
    assert set(schema["required"]) <= set(example)
    item_schema = schema["$defs"]["item"]
    assert set(item_schema["required"]) <= set(example["items"][0])
    assert set(example["items"][0]) <= set(item_schema["properties"])
    _validate(example, schema, schema)
    assert schema["examples"] == [example]


def test_schema_describes_what_we_export_and_refuses_what_we_refuse(db):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    exported = export_meeting(db, _rich_meeting(db).id)
    _validate(exported, schema, schema)
    with pytest.raises(AssertionError, match="titel: not allowed"):
        _validate(_example(items__1__titel="x"), schema, schema)
    basisteams = [row[0] for row in db.execute("SELECT name FROM basisteams ORDER BY id")]
    assert schema["properties"]["basisteam"]["enum"] == basisteams
    description = schema["$defs"]["item"]["properties"]["themes"]["description"]
    assert all(row[0] in description for row in db.execute("SELECT code FROM themes"))
