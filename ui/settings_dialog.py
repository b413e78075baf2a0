"""The settings dialog: reviewer name, organization, UI language and matching thresholds (shared with the CLI)."""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from workbench.errors import IsnadError
from workbench.settings import DeskSettings, save_settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    """Edits the desk settings; accepted only once they are saved (then `saved` holds them)."""

    def __init__(self, settings: DeskSettings, parent=None) -> None:
        super().__init__(parent)
        self.original = settings
        self.saved: DeskSettings | None = None
        self.setWindowTitle(_tr("Settings"))
        self.setMinimumWidth(460)
        self.reviewer = QLineEdit(settings.reviewer_name, self)
        self.organization = QLineEdit(settings.organization_name, self)
        self.organization_url = QLineEdit(settings.organization_url, self)
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("العربية", "ar")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.suggest = self._spin(settings.suggest_threshold)
        self.likely = self._spin(settings.likely_same_threshold)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("Reviewer name"), self.reviewer)
        form.addRow(_tr("Organization"), self.organization)
        form.addRow(_tr("Organization web address"), self.organization_url)
        form.addRow(_tr("Interface language"), self.language)
        form.addRow(_tr("Suggest matches from (%)"), self.suggest)
        form.addRow(_tr("“Likely the same” from (%)"), self.likely)
        note = QLabel(_tr("A new interface language applies the next time the desk starts. "
                          "A new reviewer name applies from the next session."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 100)
        spin.setDecimals(0)
        spin.setValue(value)
        return spin

    def values(self) -> DeskSettings:
        return replace(self.original, reviewer_name=self.reviewer.text().strip(),
                       organization_name=self.organization.text().strip(),
                       organization_url=self.organization_url.text().strip(),
                       ui_language=self.language.currentData(), suggest_threshold=self.suggest.value(),
                       likely_same_threshold=self.likely.value())

    def save(self) -> None:
        settings = self.values()
        try:
            save_settings(settings)
        except (IsnadError, OSError) as error:
            self.message.setText(str(error))
            return
        self.saved = settings
        self.accept()
