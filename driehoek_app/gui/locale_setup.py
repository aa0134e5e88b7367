"""Makes the application Dutch on any Windows: default locale and Qt's own translations."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
QT_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []


def set_dutch_locale() -> None:
    """Make Dutch (Netherlands) the default locale for dates, times and decimals."""
    QLocale.setDefault(DUTCH)


def install_qt_translations(app: QCoreApplication) -> list[str]:
    """Load Qt's Dutch catalogues (standard buttons, dialogs); return the ones loaded."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name in QT_CATALOGUES:
        if any(tr.objectName() == name for tr in _installed):
            loaded.append(name)
            continue
        translator = QTranslator(app)
        translator.setObjectName(name)
        if translator.load(DUTCH, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded
