// Approves a computer that waits for approval (naming it on the way) or renames one,
// in Administration → Computers. Shows the fingerprint to compare with the one the
// user reads from their screen; saves itself and closes when the server agrees.
#pragma once

#include <QCborMap>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cordial::protocol {
struct Error;
}

namespace cordial::client {

class Connection;

namespace admin {

class MachineDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Approve, Rename };

    // `machine` as machines.list returns it.
    MachineDialog(Connection *connection, const QCborMap &machine, Mode mode, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    // The text beside the name, or above everything ("general"); empty when none.
    QString errorText(const QString &part) const;

    void accept() override; // sends machines.approve or machines.rename

Q_SIGNALS:
    void saved(qint64 machineId);

private:
    void showError(const QString &part, const QString &message);
    void onFailed(const protocol::Error &error);

    Connection *m_connection;
    QCborMap m_machine;
    Mode m_mode;
    quint64 m_pending = 0;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_generalError;
    QPushButton *m_save;
};

} // namespace admin
} // namespace cordial::client
