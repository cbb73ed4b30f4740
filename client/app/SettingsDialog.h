// Settings → Language…: the UI language, kept in QSettings "ui/language" and
// applied the next time the client starts.
#pragma once

#include <QDialog>

class QComboBox;

namespace cordial::client {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace cordial::client
