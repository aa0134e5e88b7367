"""The `driehoek` command line, run in subprocesses as a user would, plus its Dutch parser."""

import errno
import os
import sqlite3
import subprocess
import sys
import types

import openpyxl
import pandas as pd
import pytest

from driehoek_app import cli
from driehoek_app.cli import crashlog
from driehoek_app.cli.parser import translate_message
from driehoek_app.cli.support import describe_os_error
from driehoek_app.core import reference_tables
from driehoek_app.core.paths import DB_ENV_VAR


def isolated_env(tmp_path, **extra: str) -> dict[str, str]:
    """An environment without $DRIEHOEK_DB whose per-user folders point into tmp_path."""
    env = {k: v for k, v in os.environ.items() if k != DB_ENV_VAR}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def driehoek(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m driehoek_app ARGS` in tmp_path and capture what the user sees."""
    return subprocess.run(
        [sys.executable, "-m", "driehoek_app", *args],
        cwd=tmp_path,
        env=isolated_env(tmp_path, **env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def assert_dutch_failure(result: subprocess.CompletedProcess[str], code: int, *words: str):
    """The command failed with the given code and a Dutch sentence, never a traceback."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip(), "no message on stderr"
    for word in words:
        assert word in result.stderr


def migration_rows(path) -> list[tuple]:
    """Return the migration records of a database file."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM _sqlite_migrations ORDER BY id").fetchall()


@pytest.fixture(scope="module")
def ready_db(tmp_path_factory):
    """A database made once by `driehoek init`, shared by the export tests."""
    folder = tmp_path_factory.mktemp("cli")
    result = driehoek(folder, "--db", "naslag.sqlite3", "init")
    assert result.returncode == 0, result.stderr
    return folder / "naslag.sqlite3"


# ----- init, version ---------------------------------------------------------------------


def test_init_creates_the_database_and_a_second_run_changes_nothing(tmp_path):
    db = tmp_path / "driehoek.sqlite3"
    first = driehoek(tmp_path, "--db", str(db), "init")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == f"Database aangemaakt: {db}"
    assert "  - 0001_reference_schema" in first.stdout
    assert "10 basisteams" in first.stdout
    content, migrations = db.read_bytes(), migration_rows(db)

    second = driehoek(tmp_path, "--db", str(db), "init")
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[:2] == [
        f"Database is al bijgewerkt: {db}",
        "Geen migraties toegepast.",
    ]
    assert db.read_bytes() == content
    assert migration_rows(db) == migrations


def test_init_uses_the_environment_variable_and_a_relative_path(tmp_path):
    result = driehoek(tmp_path, "init", **{DB_ENV_VAR: "via-env.sqlite3"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Database aangemaakt: {tmp_path / 'via-env.sqlite3'}\n")
    assert (tmp_path / "via-env.sqlite3").exists()


def test_db_option_beats_the_environment_variable(tmp_path):
    result = driehoek(tmp_path, "init", "--db", "optie.sqlite3", **{DB_ENV_VAR: "env.sqlite3"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "optie.sqlite3").exists()
    assert not (tmp_path / "env.sqlite3").exists()


def test_version(tmp_path):
    result = driehoek(tmp_path, "--version")
    assert (result.returncode, result.stdout) == (0, "driehoek_app 0.1.0\n")


def test_help_is_dutch(tmp_path):
    result = driehoek(tmp_path, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: driehoek ")
    assert "opdrachten:" in result.stdout and "toon deze hulp en stop" in result.stdout
    assert "usage" not in result.stdout and "show this help" not in result.stdout


# ----- export ------------------------------------------------------------------------------


def export(ready_db, kind: str, fmt: str) -> tuple[subprocess.CompletedProcess[str], object]:
    """Export one kind with the shared database; return the run and the output path."""
    out = ready_db.parent / f"{kind}-{fmt}.{fmt}"
    result = driehoek(
        ready_db.parent, "--db", str(ready_db), "export", kind, "--format", fmt, "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Geëxporteerd: ")
    assert str(out) in result.stdout
    return result, out


def test_export_formation_csv(ready_db):
    _, out = export(ready_db, "formation", "csv")
    text = out.read_bytes().decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header == "onderdeel;soort;district;basisteam;peildatum;aspirant;wijkagent;overig;totaal"
    assert (
        "Basisteam Haarlem;afdeling;District Kennemerland;Haarlem;2022-01-01;"
        "16,00;32,00;169,20;217,20\r\n" in text
    )
    frame = pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig")
    unit = frame[frame["onderdeel"] == "Eenheid Noord-Holland"].dropna(subset=["totaal"])
    assert unit["totaal"].tolist() == [3494.6, 3494.6]
    assert set(frame["peildatum"]) == {"2018-12-31", "2022-01-01"}


def test_export_targets_csv(ready_db):
    _, out = export(ready_db, "targets", "csv")
    frame = pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig")
    row = frame[(frame["indicator"] == "aangepakte-csvs") & (frame["eenheid"] == "Noord-Holland")]
    assert row[["jaar", "streefwaarde"]].values.tolist() == [[2019, 70]]
    line = next(
        x
        for x in out.read_text(encoding="utf-8-sig").splitlines()
        if "aangepakte-csvs" in x and ";Noord-Holland;" in x
    )
    assert ";Noord-Holland;;2019;70;aantal;" in line
    assert {"doel", "eenheid", "jaar", "streefwaarde", "omschrijving", "maat"} <= set(frame)


def test_export_themes_csv(ready_db):
    _, out = export(ready_db, "themes", "csv")
    frame = pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig")
    assert list(frame.columns) == [
        "thema_nummer",
        "thema_code",
        "thema",
        "onderdeel",
        "kop",
        "tekst",
    ]
    assert sorted(frame["thema_nummer"].unique()) == [1, 2, 3, 4]
    assert frame["tekst"].str.len().min() > 0


@pytest.mark.parametrize("kind", ["themes", "formation", "targets"])
def test_export_xlsx(ready_db, kind):
    _, out = export(ready_db, kind, "xlsx")
    sheet = openpyxl.load_workbook(out).active
    columns = {
        "themes": reference_tables.THEME_COLUMNS,
        "formation": reference_tables.FORMATION_COLUMNS,
        "targets": reference_tables.TARGET_COLUMNS,
    }
    assert [c.value for c in sheet[1]] == columns[kind]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    if kind == "formation":
        rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
        haarlem = [r for r in rows if r[0] == "Basisteam Haarlem" and r[4].year == 2022]
        assert haarlem[0][5:] == [16, 32, 169.2, 217.2]


# ----- refusals: one Dutch sentence, no traceback -----------------------------------------


def test_unknown_kind(ready_db):
    result = driehoek(
        ready_db.parent,
        "--db",
        str(ready_db),
        "export",
        "fietsen",
        "--format",
        "csv",
        "-o",
        "x.csv",
    )
    assert_dutch_failure(
        result, 2, "ongeldige keuze 'fietsen' voor SOORT", "kies uit: themes, formation, targets"
    )
    assert result.stderr.startswith("gebruik: driehoek export")


def test_bad_format(ready_db):
    result = driehoek(
        ready_db.parent, "--db", str(ready_db), "export", "themes", "--format", "pdf", "-o", "x.pdf"
    )
    assert_dutch_failure(result, 2, "ongeldige keuze 'pdf' voor --format; kies uit: csv, xlsx")


def test_missing_output(ready_db):
    result = driehoek(ready_db.parent, "--db", str(ready_db), "export", "themes", "--format", "csv")
    assert_dutch_failure(result, 2, "het argument -o/--output ontbreekt")


def test_missing_everything(tmp_path):
    result = driehoek(tmp_path, "export")
    assert_dutch_failure(
        result, 2, "de volgende argumenten ontbreken: SOORT, --format, -o/--output"
    )


def test_unknown_command_and_option(tmp_path):
    result = driehoek(tmp_path, "vergader")
    assert_dutch_failure(result, 2, "onbekende opdracht 'vergader'; kies uit: init, export")
    result = driehoek(tmp_path, "--snel", "init")
    assert_dutch_failure(result, 2, "onbekend argument: --snel")


def test_format_that_does_not_match_the_file_name(ready_db):
    result = driehoek(
        ready_db.parent,
        "--db",
        str(ready_db),
        "export",
        "targets",
        "--format",
        "csv",
        "-o",
        "doelen.xlsx",
    )
    assert_dutch_failure(result, 1, "eindigt op .xlsx, maar het formaat is csv")


def test_output_folder_that_does_not_exist(ready_db):
    target = ready_db.parent / "bestaat-niet" / "x.csv"
    result = driehoek(
        ready_db.parent,
        "--db",
        str(ready_db),
        "export",
        "themes",
        "--format",
        "csv",
        "-o",
        str(target),
    )
    assert_dutch_failure(result, 1, f"De map {target.parent} bestaat niet; x.csv")
    assert not target.parent.exists()


def test_export_over_the_database_itself_is_refused(ready_db):
    before = ready_db.read_bytes()
    result = driehoek(
        ready_db.parent,
        "--db",
        str(ready_db),
        "export",
        "themes",
        "--format",
        "csv",
        "-o",
        str(ready_db),
    )
    assert_dutch_failure(result, 1, "is de database zelf")
    assert ready_db.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_output_folder_without_permission(ready_db, tmp_path):
    locked = tmp_path / "op-slot"
    locked.mkdir(mode=0o555)
    result = driehoek(
        tmp_path,
        "--db",
        str(ready_db),
        "export",
        "themes",
        "--format",
        "csv",
        "-o",
        str(locked / "x.csv"),
    )
    assert_dutch_failure(result, 1, f"Geen toestemming om {locked / 'x.csv'} te schrijven")


def test_a_file_that_is_no_database(tmp_path):
    (tmp_path / "notities.txt").write_text("boodschappen", encoding="utf-8")
    result = driehoek(
        tmp_path, "--db", "notities.txt", "export", "themes", "--format", "csv", "-o", "x.csv"
    )
    assert_dutch_failure(result, 1, "Het bestand notities.txt is geen driehoek_app-database.")
    assert (tmp_path / "notities.txt").read_text(encoding="utf-8") == "boodschappen"
    assert not (tmp_path / "x.csv").exists()


def test_an_empty_database_file(tmp_path):
    (tmp_path / "leeg.sqlite3").write_bytes(b"")
    for args in (["init"], ["export", "themes", "--format", "csv", "-o", "x.csv"]):
        result = driehoek(tmp_path, *args, **{DB_ENV_VAR: "leeg.sqlite3"})
        assert_dutch_failure(result, 1, "leeg.sqlite3 is leeg")
    assert (tmp_path / "leeg.sqlite3").read_bytes() == b""


def test_self_test_with_a_command_is_a_usage_error(tmp_path):
    result = driehoek(tmp_path, "--self-test", "init")
    assert_dutch_failure(result, 2, "--self-test kan niet samen met een opdracht")


# ----- no Qt for the headless commands -----------------------------------------------------


def test_headless_commands_load_no_qt(ready_db, tmp_path):
    code = (
        "import sys\n"
        "from driehoek_app.cli import main\n"
        f"assert main(['--db', {str(ready_db)!r}, 'init']) == 0\n"
        f"assert main(['--db', {str(ready_db)!r}, 'export', 'formation', '--format', 'xlsx',"
        f" '-o', {str(tmp_path / 'f.xlsx')!r}]) == 0\n"
        "assert main(['--version']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=isolated_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


# ----- in-process: dispatch and unexpected errors ------------------------------------------


def test_no_command_starts_the_gui_with_the_resolved_database(tmp_path, monkeypatch):
    seen = []
    fake = types.ModuleType("driehoek_app.gui.app")
    fake.run_gui = lambda db_path: seen.append(db_path) or 7
    monkeypatch.setitem(sys.modules, "driehoek_app.gui.app", fake)
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "gui.sqlite3"))
    assert cli.main([]) == 7
    assert cli.main(["--db", str(tmp_path / "ander.sqlite3")]) == 7
    assert cli.main([f"--db={tmp_path / 'derde.sqlite3'}"]) == 7
    assert seen == [tmp_path / name for name in ("gui.sqlite3", "ander.sqlite3", "derde.sqlite3")]


def test_self_test_returns_its_code(monkeypatch):
    fake = types.ModuleType("driehoek_app.selftest")
    fake.run_self_test = lambda: 3
    monkeypatch.setitem(sys.modules, "driehoek_app.selftest", fake)
    assert cli.main(["--self-test"]) == 3


def test_unexpected_error_is_one_sentence_and_the_traceback_goes_to_the_log(
    tmp_path, monkeypatch, capsys
):
    def broken(db: object) -> None:
        raise RuntimeError("interne fout 42")

    log_file = tmp_path / "logs" / "driehoek_app.log"
    monkeypatch.setattr(crashlog, "default_log_path", lambda: log_file)
    table = reference_tables.REFERENCE_TABLES["themes"]
    monkeypatch.setitem(
        reference_tables.REFERENCE_TABLES,
        "themes",
        reference_tables.ReferenceTable(table.name, table.sheet_name, table.description, broken),
    )
    code = cli.main(
        [
            "--db",
            str(tmp_path / "db.sqlite3"),
            "export",
            "themes",
            "--format",
            "csv",
            "-o",
            str(tmp_path / "x.csv"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == (
        f"Er ging onverwacht iets mis (RuntimeError); de details staan in {log_file}."
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "interne fout 42" in logged
    assert not (tmp_path / "x.csv").exists()


def test_adding_a_command_module_is_one_entry(monkeypatch):
    fake = types.ModuleType("driehoek_app.cli.fake_commands")

    def register(subparsers) -> None:
        parser = subparsers.add_parser("hallo", help="zeg hallo")
        parser.set_defaults(func=lambda args, db_path: 5)

    fake.register = register
    monkeypatch.setitem(sys.modules, "driehoek_app.cli.fake_commands", fake)
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, fake.__name__))
    assert cli.main(["hallo", "--db", "elders.sqlite3"]) == 5


# ----- translation of argparse's messages --------------------------------------------------


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        # Python 3.11 quotes with repr; 3.12+ prints the bare value.
        (
            "argument --format: invalid choice: 'pdf' (choose from 'csv', 'xlsx')",
            "ongeldige keuze 'pdf' voor --format; kies uit: csv, xlsx",
        ),
        (
            "argument --format: invalid choice: pdf (choose from csv, xlsx)",
            "ongeldige keuze 'pdf' voor --format; kies uit: csv, xlsx",
        ),
        (
            "argument OPDRACHT: invalid choice: 'x' (choose from 'init', 'export')",
            "onbekende opdracht 'x'; kies uit: init, export",
        ),
        ("the following arguments are required: -o/--output", "het argument -o/--output ontbreekt"),
        ("unrecognized arguments: --a --b", "onbekende argumenten: --a --b"),
        ("argument -o/--output: expected one argument", "-o/--output verwacht een waarde"),
        ("argument --jaar: invalid int value: 'twee'", "ongeldige waarde 'twee' voor --jaar"),
        ("iets heel nieuws", "ongeldige opdrachtregel: iets heel nieuws"),
    ],
)
def test_argparse_messages_are_translated(english, dutch):
    assert translate_message(english, {"OPDRACHT"}) == dutch


@pytest.mark.parametrize(
    ("exc", "sentence"),
    [(OSError(errno.ENOSPC, "No space left on device", "db.sqlite3"),
      "Het bestand db.sqlite3 kan niet worden gebruikt (de schijf is vol)."),
     (OSError(errno.EROFS, "Read-only file system", "x.pdf"),
      "Het bestand x.pdf kan niet worden gebruikt (de schijf is alleen-lezen)."),
     (FileNotFoundError(errno.ENOENT, "No such file or directory", "weg.json"),
      "Het bestand of de map weg.json bestaat niet.")],
)  # fmt: skip
def test_file_system_errors_reach_the_user_in_dutch_only(exc, sentence):
    assert describe_os_error(exc) == sentence


def test_the_command_line_loads_no_database_or_table_libraries_before_a_command_runs():
    code = (
        "import sys\n"
        "from driehoek_app.cli import build_parser, gui_arguments\n"
        "build_parser()\n"
        "assert gui_arguments([]).db is None and gui_arguments(['--db', 'x.sqlite3']).db\n"
        "assert gui_arguments(['--db=x.sqlite3', '--passphrase-file', 'w.txt']).command is None\n"
        "assert gui_arguments(['--help']) is None and gui_arguments(['search', 'x']) is None\n"
        "assert gui_arguments(['--db']) is None and gui_arguments(['--db', '--help']) is None\n"
        "heavy = ('sqlite_utils', 'pandas', 'numpy', 'reportlab', 'openpyxl', 'PySide6')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
