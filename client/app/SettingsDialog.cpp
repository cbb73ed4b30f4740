#include "app/SettingsDialog.h"

#include "app/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace cordial::client {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Language"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString current = Language::normalize(QSettings().value(Language::settingsKey()).toString());
    for (const Language::Choice &choice : Language::choices()) {
        m_language->addItem(choice.nativeName, choice.code);
        if (choice.code == current)
            m_language->setCurrentIndex(m_language->count() - 1);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User interface language:"), m_language);
    auto *note = new QLabel(tr("The new language is used the next time Cordial starts."));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString code = m_language->currentData().toString();
    if (code.isEmpty())
        settings.remove(Language::settingsKey());
    else
        settings.setValue(Language::settingsKey(), code);
    QDialog::accept();
}

} // namespace cordial::client
