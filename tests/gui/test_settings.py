"""Settings: declared once, stored in an INI file, upgraded by numbered functions."""

from PySide6.QtCore import QByteArray, QSettings

from driehoek_app.gui import settings as config


def test_settings_are_an_ini_file_with_a_version(qapp, settings_path):
    settings = config.open_settings(settings_path)
    assert settings.format() == QSettings.Format.IniFormat
    assert settings.fileName() == str(settings_path)
    assert settings_path.read_text().count(f"version={config.SETTINGS_VERSION}") == 1


def test_every_setting_is_declared_once_with_a_default_of_its_type():
    keys = [setting.key for setting in config.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in config.ALL_SETTINGS:
        assert isinstance(setting.default, setting.type)


def test_values_round_trip_with_their_type(qapp, settings_path):
    settings = config.open_settings(settings_path)
    config.NASLAG_TAB.write(settings, 2)
    config.LAST_AREA.write(settings, "naslag")
    config.WINDOW_GEOMETRY.write(settings, QByteArray(b"\x01\x02\x00geometrie"))
    settings.sync()
    again = config.open_settings(settings_path)
    assert config.NASLAG_TAB.read(again) == 2
    assert config.LAST_AREA.read(again) == "naslag"
    assert config.WINDOW_GEOMETRY.read(again) == QByteArray(b"\x01\x02\x00geometrie")


def test_missing_or_garbled_values_give_the_default(qapp, settings_path):
    settings_path.write_text("[naslag]\ntab=geen getal\n[meta]\nversion=1\n")
    settings = config.open_settings(settings_path)
    assert config.NASLAG_TAB.read(settings) == 0
    assert config.LAST_AREA.read(settings) == config.LAST_AREA.default


def test_writing_a_value_of_the_wrong_type_is_refused(qapp, settings_path):
    settings = config.open_settings(settings_path)
    try:
        config.NASLAG_TAB.write(settings, "twee")
    except TypeError:
        pass
    else:
        raise AssertionError("a str was accepted for an int setting")


def test_upgrades_run_in_order_from_the_stored_version(qapp, settings_path):
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("meta/version", 1)
    settings.setValue("oud/venster", "links")
    calls = []

    def to_2(s):
        """Move a renamed key."""
        calls.append(2)
        s.setValue("window/last_area", s.value("oud/venster"))
        s.remove("oud/venster")

    def to_3(s):
        """A later step."""
        calls.append(3)

    applied = config.upgrade_settings(settings, {2: to_2, 3: to_3}, current=3)
    assert applied == [2, 3] == calls
    assert settings.value("window/last_area") == "links"
    assert config.stored_version(settings) == 3
    assert config.upgrade_settings(settings, {2: to_2, 3: to_3}, current=3) == []


def test_version_1_drops_keys_from_an_unversioned_file(qapp, settings_path):
    settings_path.write_text("[window]\nlast_area=naslag\n[oud]\nkleur=rood\n")
    settings = config.open_settings(settings_path)
    assert settings.allKeys() == ["meta/version", "window/last_area"] or sorted(
        settings.allKeys()
    ) == ["meta/version", "window/last_area"]
    assert config.LAST_AREA.read(settings) == "naslag"


def test_a_newer_settings_file_is_left_alone(qapp, settings_path):
    settings_path.write_text("[meta]\nversion=99\n[toekomst]\noptie=1\n")
    settings = config.open_settings(settings_path)
    assert config.stored_version(settings) == 99
    assert settings.value("toekomst/optie") == "1"
